package org.eventstorm.workshop;

import java.time.Clock;
import java.util.Locale;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.edit.RemoveSticky;
import org.eventstorm.model.edit.RenameSticky;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;

/**
 * The four intents that change the board, each made the same edit the canvas makes (add, rename, remove, a field), or
 * refused with the reason in words: writing locked, a kind the board's level does not write, someone else's sticky, a
 * sticky gone, too long, too many a minute, no vote open, no dots left. On the board's thread.
 */
final class BoardIntents {
    private static final int APPEND_GAP = 40;

    private final Board board;
    private final Room room;
    private final Clock clock;
    private final Limits limits;

    BoardIntents(Board board, Room room, Clock clock, Limits limits) {
        this.board = board;
        this.room = room;
        this.clock = clock;
        this.limits = limits;
    }

    /** Why an intent was not carried out, in words for the page. */
    static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }

    /** Carries {@code intent} out for {@code participant}; returns the sticky it wrote, renamed, removed or voted on. */
    StickyId apply(Participant participant, Intent.BoardIntent intent) throws Refusal {
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
        } catch (EditRefused refused) {
            throw new Refusal(refused.getMessage());
        }
    }

    private StickyId add(Participant participant, Intent.Add add) throws Refusal {
        requireWriting();
        if (!board.settings().level().kinds().contains(add.kind())) {
            Level level = board.settings().level();
            throw new Refusal(add.kind().plural() + " are written from the " + Level.firstWith(add.kind()).title().toLowerCase(Locale.ROOT)
                    + " level on; this board is " + level.title().toLowerCase(Locale.ROOT));
        }
        String name = stickyName(add.name());
        if (!participant.mayAdd(clock.millis(), limits.stickiesPerMinute())) {
            throw new Refusal("that is " + limits.stickiesPerMinute() + " stickies in a minute; wait a moment, then add it again");
        }
        Sticky sticky = add.kind().create(name).with(Field.AUTHOR, Text.of(participant.name));
        Geometry place = add.x() == null || add.y() == null ? appended(add.kind()) : tapped(add.kind(), add.x(), add.y());
        BoardChange change = board.apply(new AddSticky(null, sticky, place));
        StickyId id = change.addedIds().get(0);
        participant.written.add(id);
        participant.stickiesWritten++;
        return id;
    }

    private StickyId rename(Participant participant, Intent.Rename rename) throws Refusal {
        requireWriting();
        requireOwn(participant, rename.sticky());
        BoardChange change = board.apply(new RenameSticky(rename.sticky(), stickyName(rename.name())));
        StickyId now = change.addedIds().isEmpty() ? rename.sticky() : change.addedIds().get(0);
        participant.written.remove(rename.sticky());
        participant.written.add(now);
        return now;
    }

    private StickyId delete(Participant participant, Intent.Delete delete) throws Refusal {
        requireWriting();
        requireOwn(participant, delete.sticky());
        board.apply(new RemoveSticky(delete.sticky()));
        participant.written.remove(delete.sticky());
        return delete.sticky();
    }

    private StickyId vote(Participant participant, Intent.Vote vote) throws Refusal {
        if (!room.isVoteOpen()) {
            throw new Refusal("no vote is open");
        }
        Sticky sticky = board.sticky(vote.sticky()).orElseThrow(() -> new Refusal("that sticky is no longer on the board"));
        if (!room.votable(vote.sticky().kind())) {
            throw new Refusal("this vote is on " + room.votedOn() + " only");
        }
        int mine = participant.dots.getOrDefault(vote.sticky(), 0);
        if (vote.delta() > 0 && participant.dotsSpent() >= room.voteDots()) {
            throw new Refusal("you have spent all " + room.voteDots() + " of your dots; take one back to move it");
        }
        if (vote.delta() < 0 && mine == 0) {
            throw new Refusal("you have no dot on '" + sticky.name() + "'");
        }
        int votes = Math.max(0, sticky.votes() + vote.delta());
        board.apply(new EditField(vote.sticky(), Field.VOTES, votes == 0 ? Text.EMPTY : Text.of(Integer.toString(votes))));
        participant.dots.merge(vote.sticky(), vote.delta(), Integer::sum);
        participant.dots.remove(vote.sticky(), 0);
        return vote.sticky();
    }

    private void requireWriting() throws Refusal {
        if (room.isLocked()) {
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
}
