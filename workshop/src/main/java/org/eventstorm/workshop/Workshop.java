package org.eventstorm.workshop;

import java.time.Clock;
import java.util.ArrayList;
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
import org.eventstorm.model.edit.Batch;
import org.eventstorm.model.edit.EditField;
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
    private final Room room = new Room();
    private final BoardIntents intents;
    private Participant acting;
    private int nextParticipant = 1;
    private boolean closed;

    public Workshop(Board board, Executor boardThread, Clock clock, Limits limits) {
        this.board = board;
        this.boardThread = boardThread;
        this.clock = clock;
        this.limits = limits;
        this.intents = new BoardIntents(board, room, clock, limits);
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
        room.phase(name);
        setTimer(minutes);
    }

    /** A countdown of {@code minutes} from now, or none for 0; every page shows it. */
    public void setTimer(int minutes) {
        room.countdown(minutes, clock.millis());
        sessionChanged();
    }

    /** Locks writing (votes still count) or opens it again. */
    public void setLocked(boolean locked) {
        room.locked(locked);
        sessionChanged();
    }

    /**
     * Opens a dot vote with {@code dots} each on stickies of {@code kinds} (every kind when empty). The counts of the
     * stickies voted on start again from nothing, in one edit the facilitator can undo.
     */
    public void openVote(int dots, Set<StickyKind> kinds) {
        room.openVote(dots, kinds);
        List<Edit> clear = new ArrayList<>();
        board.stickies().forEach((id, sticky) -> {
            if (room.votable(id.kind()) && sticky.votes() > 0) {
                clear.add(new EditField(id, Field.VOTES, Text.EMPTY));
            }
        });
        if (!clear.isEmpty()) {
            board.apply(new Batch("Open a dot vote", clear));
        }
        byId.values().forEach(participant -> participant.dots.clear());
        sessionChanged();
        byId.values().forEach(this::sendYou);
    }

    /** Closes the vote; the counts stay on the stickies and in their files. */
    public void closeVote() {
        room.closeVote();
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
        return room.view(byId.values().stream().filter(participant -> !participant.removed).map(Participant::view).toList());
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
        acting = participant;
        try {
            StickyId sticky = intents.apply(participant, intent);
            if (intent instanceof Intent.Add) {
                sessionChanged();
            } else if (intent instanceof Intent.Vote) {
                sendYou(participant);
            }
            return Messages.applied(intent.id(), sticky.toString());
        } catch (BoardIntents.Refusal refusal) {
            return Messages.refused(intent.id(), refusal.getMessage());
        } finally {
            acting = null;
        }
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
                participant.written.stream().map(StickyId::toString).toList(), Math.max(0, room.voteDots() - participant.dotsSpent()), dots);
    }

    private void broadcast(String message) {
        Set<Connection> all = new LinkedHashSet<>(joined.keySet());
        for (Connection connection : all) {
            connection.send(message);
        }
    }

}
