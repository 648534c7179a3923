package org.eventstorm.workshop;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.Batch;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.edit.RemoveSticky;
import org.eventstorm.model.edit.RenameSticky;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;

/**
 * One live workshop on one board: the room's state (phase, countdown, lock, vote, people) and the one place where a
 * page's intent becomes an edit. Everything here runs on the board's thread ({@code boardThread}: the JavaFX thread
 * in the app, one thread of its own headless): pages' messages are handed to it, the edit is applied to the board
 * like any other (so undo, autosave, the journal and the validator see no difference), and the board's change stream,
 * whoever made the change, is what every page is sent.
 */
public final class Workshop implements AutoCloseable {
    /** The phases of an Event Storming workshop, in the order a facilitator usually runs them. */
    public static final List<String> PHASES = List.of("Chaotic exploration", "Enforce the timeline", "Hotspots", "Pivotal events");

    /** Hears the room change (someone joined, the phase, the vote ...), on the board's thread. */
    public interface Listener {
        void sessionChanged(SessionView session);
    }

    private static final int REMEMBERED_INTENTS = 200_000;
    private static final int APPEND_GAP = 40;

    private final Board board;
    private final Executor boardThread;
    private final Clock clock;
    private final Limits limits;
    private final Map<String, Participant> byKey = new HashMap<>();
    private final Map<String, Participant> byId = new LinkedHashMap<>();
    private final Map<Connection, Participant> joined = new HashMap<>();
    private final Map<String, String> applied = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_INTENTS;
        }
    };
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private AutoCloseable boardListener;
    private Participant acting;
    private String phase;
    private Long endsAt;
    private boolean locked;
    private boolean voteOpen;
    private int voteDots = 3;
    private Set<StickyKind> voteKinds = EnumSet.noneOf(StickyKind.class);
    private int nextParticipant = 1;
    private boolean closed;

    public Workshop(Board board, Executor boardThread, Clock clock, Limits limits) {
        this.board = board;
        this.boardThread = boardThread;
        this.clock = clock;
        this.limits = limits;
    }

    /** Starts hearing the board; call on the board's thread. */
    public void start() {
        boardListener = board.addListener(this::boardChanged);
    }

    public Limits limits() {
        return limits;
    }

    public AutoCloseable addListener(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // ---- from the server, on any thread -------------------------------------------------------------

    /** A message from a page, handed to the board's thread. */
    public void received(Connection connection, String message) {
        boardThread.execute(() -> handle(connection, message));
    }

    /** A page went away (closed, or its connection dropped). */
    public void left(Connection connection) {
        boardThread.execute(() -> {
            Participant participant = joined.remove(connection);
            if (participant != null) {
                participant.connections.remove(connection);
                sessionChanged();
            }
        });
    }

    // ---- the facilitator, on the board's thread --------------------------------------------------------

    /** The workshop's phase, with a countdown of {@code minutes} (none for 0). */
    public void setPhase(String name, int minutes) {
        String clean = Texts.oneLine(name);
        phase = clean.isEmpty() ? null : clean.length() > 60 ? clean.substring(0, 60) : clean;
        setCountdown(minutes);
    }

    /** A countdown of {@code minutes} from now, or none for 0; every page shows it. */
    public void setTimer(int minutes) {
        setCountdown(minutes);
    }

    private void setCountdown(int minutes) {
        endsAt = minutes <= 0 ? null : clock.millis() + minutes * 60_000L;
        sessionChanged();
    }

    /** Locks writing (votes still count) or opens it again. */
    public void setLocked(boolean locked) {
        this.locked = locked;
        sessionChanged();
    }

    /**
     * Opens a dot vote with {@code dots} each on stickies of {@code kinds} (every kind when empty). The counts of the
     * stickies voted on start again from nothing, in one edit the facilitator can undo.
     */
    public void openVote(int dots, Set<StickyKind> kinds) {
        voteDots = Math.max(1, Math.min(20, dots));
        voteKinds = kinds.isEmpty() ? EnumSet.noneOf(StickyKind.class) : EnumSet.copyOf(kinds);
        List<Edit> clear = new ArrayList<>();
        board.stickies().forEach((id, sticky) -> {
            if (votable(id.kind()) && BoardView.votes(sticky) > 0) {
                clear.add(new EditField(id, Field.VOTES, Text.EMPTY));
            }
        });
        if (!clear.isEmpty()) {
            board.apply(new Batch("Open a dot vote", clear));
        }
        byId.values().forEach(participant -> participant.dots.clear());
        voteOpen = true;
        sessionChanged();
        byId.values().forEach(this::sendYou);
    }

    /** Closes the vote; the counts stay on the stickies and in their files. */
    public void closeVote() {
        voteOpen = false;
        sessionChanged();
    }

    /** Removes a participant: their pages are closed and they cannot join again from them. */
    public void removeParticipant(String id) {
        Participant participant = byId.get(id);
        if (participant == null || participant.removed) {
            return;
        }
        participant.removed = true;
        for (Connection connection : List.copyOf(participant.connections)) {
            connection.send(Messages.removed("The facilitator removed you from this workshop."));
            connection.close("removed by the facilitator");
            joined.remove(connection);
        }
        participant.connections.clear();
        sessionChanged();
    }

    /** The room as every page shows it. */
    public SessionView session() {
        List<String> kinds = voteKinds.stream().map(BoardView::word).toList();
        List<SessionView.ParticipantView> people = byId.values().stream().filter(participant -> !participant.removed)
                .map(Participant::view).toList();
        return new SessionView(phase, endsAt, locked, new SessionView.VoteView(voteOpen, voteDots, kinds), people);
    }

    /** Closes every page; the board keeps everything written. */
    @Override
    public void close() {
        closed = true;
        for (Connection connection : List.copyOf(joined.keySet())) {
            connection.send(Messages.notice("The facilitator stopped sharing the board. Everything written is saved."));
            connection.close("the workshop ended");
        }
        joined.clear();
        if (boardListener != null) {
            try {
                boardListener.close();
            } catch (Exception e) {
                // Removing a listener from a list cannot fail.
            }
        }
    }

    // ---- one message ------------------------------------------------------------------------------

    private void handle(Connection connection, String message) {
        if (closed) {
            return;
        }
        Intent intent;
        try {
            intent = Intents.parse(message);
        } catch (Intents.BadMessage e) {
            connection.send(Messages.error(e.getMessage()));
            return;
        }
        if (intent instanceof Intent.Join join) {
            join(connection, join);
            return;
        }
        Participant participant = joined.get(connection);
        if (participant == null) {
            connection.send(Messages.error("join first: send your name"));
            return;
        }
        if (intent instanceof Intent.BoardIntent change) {
            String key = participant.id + ":" + change.id();
            String done = applied.get(key);
            if (done != null) {
                // Sent again after a reconnect: answered as the first time, applied once.
                connection.send(done);
                return;
            }
            String reply = apply(participant, change);
            applied.put(key, reply);
            connection.send(reply);
            return;
        }
        if (connection.role() != Role.FACILITATOR) {
            connection.send(Messages.error("only the facilitator can do that"));
            return;
        }
        facilitate(intent);
    }

    private void join(Connection connection, Intent.Join join) {
        String name = Texts.oneLine(join.name());
        String key = join.key();
        if (name.isEmpty() || name.length() > Texts.MAX_PARTICIPANT) {
            connection.send(Messages.error("your name must be 1 to " + Texts.MAX_PARTICIPANT + " characters"));
            return;
        }
        if (key.length() < 16 || key.length() > 64 || !key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
            connection.send(Messages.error("the page's key must be 16 to 64 letters, digits, - or _"));
            return;
        }
        Participant participant = byKey.get(key);
        if (participant != null && participant.removed) {
            connection.send(Messages.removed("The facilitator removed you from this workshop."));
            connection.close("removed by the facilitator");
            return;
        }
        if (participant == null) {
            if (byId.values().stream().filter(each -> !each.removed).count() >= limits.participants()) {
                connection.send(Messages.error("the workshop is full (" + limits.participants() + " people); ask the facilitator"));
                connection.close("the workshop is full");
                return;
            }
            participant = new Participant("p" + nextParticipant++, key, name);
            byKey.put(key, participant);
            byId.put(participant.id, participant);
        }
        participant.connections.removeIf(open -> !open.isOpen());
        if (!participant.connections.contains(connection) && participant.connections.size() >= limits.connectionsPerParticipant()) {
            connection.send(Messages.error("you have " + limits.connectionsPerParticipant() + " pages open already; close one"));
            connection.close("too many pages open");
            return;
        }
        participant.name = name;
        participant.connections.add(connection);
        joined.put(connection, participant);
        connection.send(Messages.welcome(you(participant, connection.role()), BoardView.of(board), session(), clock.millis()));
        sessionChanged();
    }

    private String apply(Participant participant, Intent.BoardIntent intent) {
        try {
            // Java 17 has no pattern switch; the four board intents, in order.
            if (intent instanceof Intent.Add add) {
                return add(participant, add);
            }
            if (intent instanceof Intent.Rename rename) {
                return rename(participant, rename);
            }
            if (intent instanceof Intent.Delete delete) {
                return delete(participant, delete);
            }
            return vote(participant, (Intent.Vote) intent);
        } catch (Refusal refusal) {
            return Messages.refused(intent.id(), refusal.getMessage());
        } catch (EditRefused refused) {
            return Messages.refused(intent.id(), refused.getMessage());
        } finally {
            acting = null;
        }
    }

    private String add(Participant participant, Intent.Add add) throws Refusal {
        requireWriting();
        if (!board.settings().level().kinds().contains(add.kind())) {
            throw new Refusal("a " + add.kind().title() + " is not written at the " + board.settings().level().title().toLowerCase(Locale.ROOT)
                    + " level of this board");
        }
        String name = stickyName(add.name());
        if (!participant.mayAdd(clock.millis(), limits.stickiesPerMinute())) {
            throw new Refusal("that is " + limits.stickiesPerMinute() + " stickies in a minute; wait a moment, then add it again");
        }
        Sticky sticky = add.kind().create(name).with(Field.AUTHOR, Text.of(participant.name));
        Geometry place = add.x() == null || add.y() == null ? appended(add.kind()) : tapped(add.kind(), add.x(), add.y());
        acting = participant;
        BoardChange change = board.apply(new AddSticky(null, sticky, place));
        StickyId id = change.addedIds().get(0);
        participant.written.add(id);
        participant.stickiesWritten++;
        sessionChanged();
        return Messages.applied(add.id(), id.toString());
    }

    private String rename(Participant participant, Intent.Rename rename) throws Refusal {
        requireWriting();
        requireOwn(participant, rename.sticky());
        String name = stickyName(rename.name());
        acting = participant;
        BoardChange change = board.apply(new RenameSticky(rename.sticky(), name));
        StickyId now = change.addedIds().isEmpty() ? rename.sticky() : change.addedIds().get(0);
        participant.written.remove(rename.sticky());
        participant.written.add(now);
        return Messages.applied(rename.id(), now.toString());
    }

    private String delete(Participant participant, Intent.Delete delete) throws Refusal {
        requireWriting();
        requireOwn(participant, delete.sticky());
        acting = participant;
        board.apply(new RemoveSticky(delete.sticky()));
        participant.written.remove(delete.sticky());
        return Messages.applied(delete.id(), delete.sticky().toString());
    }

    private String vote(Participant participant, Intent.Vote vote) throws Refusal {
        if (!voteOpen) {
            throw new Refusal("no vote is open");
        }
        Sticky sticky = board.sticky(vote.sticky()).orElseThrow(() -> new Refusal("that sticky is no longer on the board"));
        if (!votable(vote.sticky().kind())) {
            throw new Refusal("this vote is on " + String.join(" and ", voteKinds.stream().map(kind -> kind.plural().toLowerCase(Locale.ROOT)).toList())
                    + " only");
        }
        int mine = participant.dots.getOrDefault(vote.sticky(), 0);
        if (vote.delta() > 0 && participant.dotsSpent() >= voteDots) {
            throw new Refusal("you have spent all " + voteDots + " of your dots; take one back to move it");
        }
        if (vote.delta() < 0 && mine == 0) {
            throw new Refusal("you have no dot on '" + sticky.name() + "'");
        }
        int votes = Math.max(0, BoardView.votes(sticky) + vote.delta());
        acting = participant;
        board.apply(new EditField(vote.sticky(), Field.VOTES, votes == 0 ? Text.EMPTY : Text.of(Integer.toString(votes))));
        participant.dots.merge(vote.sticky(), vote.delta(), Integer::sum);
        participant.dots.remove(vote.sticky(), 0);
        sendYou(participant);
        return Messages.applied(vote.id(), vote.sticky().toString());
    }

    private void facilitate(Intent intent) {
        if (intent instanceof Intent.SetPhase set) {
            setPhase(set.name(), set.minutes());
        } else if (intent instanceof Intent.SetTimer timer) {
            setTimer(timer.minutes());
        } else if (intent instanceof Intent.Lock lock) {
            setLocked(lock.locked());
        } else if (intent instanceof Intent.OpenVote open) {
            openVote(open.dots(), open.kinds());
        } else if (intent instanceof Intent.CloseVote) {
            closeVote();
        } else if (intent instanceof Intent.RemoveParticipant remove) {
            removeParticipant(remove.participant());
        }
    }

    private void requireWriting() throws Refusal {
        if (locked) {
            throw new Refusal("the facilitator has locked writing for now");
        }
    }

    private void requireOwn(Participant participant, StickyId id) throws Refusal {
        if (!participant.written.contains(id)) {
            throw new Refusal("you can change only the stickies you wrote");
        }
        if (!board.contains(id)) {
            participant.written.remove(id);
            throw new Refusal("the facilitator took that sticky off the board; your change was not made");
        }
    }

    private static String stickyName(String text) throws Refusal {
        String name = Texts.oneLine(text);
        if (name.isEmpty()) {
            throw new Refusal("write something on the sticky first");
        }
        if (name.length() > Texts.MAX_NAME) {
            throw new Refusal("a sticky holds at most " + Texts.MAX_NAME + " characters; this one has " + name.length());
        }
        return name;
    }

    private boolean votable(StickyKind kind) {
        return voteKinds.isEmpty() || voteKinds.contains(kind);
    }

    /** A new sticky centred where the participant tapped, kept within a sane distance of the board. */
    private static Geometry tapped(StickyKind kind, int x, int y) {
        int cx = Math.max(-1_000_000, Math.min(1_000_000, x));
        int cy = Math.max(-1_000_000, Math.min(1_000_000, y));
        return new Geometry(cx - kind.defaultWidth() / 2, cy - kind.defaultHeight() / 2, kind.defaultWidth(), kind.defaultHeight());
    }

    /** A new sticky at the end of the timeline: right of everything, in the top row. */
    private Geometry appended(StickyKind kind) {
        int right = 0;
        int top = Integer.MAX_VALUE;
        for (Geometry place : board.geometries().values()) {
            right = Math.max(right, place.right());
            top = Math.min(top, place.y());
        }
        return new Geometry(board.size() == 0 ? 0 : right + APPEND_GAP, top == Integer.MAX_VALUE ? 0 : top,
                kind.defaultWidth(), kind.defaultHeight());
    }

    // ---- what every page is told ------------------------------------------------------------------

    private void boardChanged(BoardChange change) {
        if (closed) {
            return;
        }
        if (change.changes().stream().anyMatch(Change.SettingsChange.class::isInstance) || change.cause() == BoardChange.Cause.RELOAD) {
            broadcast(Messages.board(BoardView.of(board)));
            return;
        }
        List<BoardView.StickyView> stickies = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Map<StickyId, String> removedNames = new HashMap<>();
        List<StickyId> added = change.addedIds();
        for (Change each : change.changes()) {
            if (each instanceof Change.StickyChange sticky && sticky.after() == null && sticky.before() != null) {
                removedNames.put(sticky.id(), sticky.before().name());
            }
        }
        for (StickyId id : change.touchedIds()) {
            Optional<Sticky> sticky = board.sticky(id);
            if (sticky.isPresent()) {
                stickies.add(BoardView.sticky(board, id, sticky.get()));
            } else {
                removed.add(id.toString());
                Optional<StickyId> renamedTo = added.stream().filter(other -> other.kind() == id.kind()).findFirst();
                if (change.description().startsWith("Rename") && renamedTo.isPresent()) {
                    ownershipFollows(id, renamedTo.get());
                } else {
                    toldOfRemoval(id, removedNames.getOrDefault(id, id.stem()));
                }
            }
        }
        if (!stickies.isEmpty() || !removed.isEmpty()) {
            broadcast(Messages.changed(change.revision(), stickies, removed));
        }
    }

    /** The author of a sticky someone else took off the board (the facilitator, or an undo) hears of it. */
    private void toldOfRemoval(StickyId id, String name) {
        for (Participant participant : byId.values()) {
            if (participant != acting && participant.written.remove(id)) {
                participant.dots.remove(id);
                String text = "The facilitator took your sticky '" + Texts.shown(name) + "' off the board.";
                participant.connections.forEach(connection -> connection.send(Messages.notice(text)));
            }
        }
    }

    /** A sticky renamed (on the canvas, or by its author) moves to a new id and stays its author's. */
    private void ownershipFollows(StickyId from, StickyId to) {
        for (Participant participant : byId.values()) {
            if (participant.written.remove(from)) {
                participant.written.add(to);
            }
        }
    }

    private void sessionChanged() {
        SessionView view = session();
        broadcast(Messages.session(view, clock.millis()));
        listeners.forEach(listener -> listener.sessionChanged(view));
    }

    private void sendYou(Participant participant) {
        participant.connections.forEach(connection -> connection.send(Messages.you(you(participant, connection.role()))));
    }

    private Messages.You you(Participant participant, Role role) {
        Map<String, Integer> dots = new LinkedHashMap<>();
        participant.dots.forEach((id, count) -> dots.put(id.toString(), count));
        return new Messages.You(participant.id, participant.name, role.name().toLowerCase(Locale.ROOT),
                participant.written.stream().map(StickyId::toString).toList(), Math.max(0, voteDots - participant.dotsSpent()), dots);
    }

    private void broadcast(String message) {
        Set<Connection> all = new LinkedHashSet<>(joined.keySet());
        for (Connection connection : all) {
            connection.send(message);
        }
    }

    /** Why an intent was not carried out, in words for the page. */
    private static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }
}
