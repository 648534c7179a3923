package org.eventstorm.workshop;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The state of the room that lives in the session only, never in the board's files: the phase and when its countdown
 * ends, whether writing is locked, and the dot vote. Touched on the board's thread only.
 */
final class Room {
    private static final int MAX_PHASE = 60;

    private String phase;
    private Long endsAt;
    private boolean locked;
    private boolean voteOpen;
    private int voteDots = 3;
    private Set<StickyKind> voteKinds = EnumSet.noneOf(StickyKind.class);

    /** The phase, cleaned to one short line; none when blank. */
    void phase(String name) {
        String clean = Texts.oneLine(name);
        phase = clean.isEmpty() ? null : clean.length() > MAX_PHASE ? clean.substring(0, MAX_PHASE) : clean;
    }

    /** A countdown of {@code minutes} from {@code nowMillis}, or none for 0. */
    void countdown(int minutes, long nowMillis) {
        endsAt = minutes <= 0 ? null : nowMillis + minutes * 60_000L;
    }

    void locked(boolean locked) {
        this.locked = locked;
    }

    boolean isLocked() {
        return locked;
    }

    /** A vote opens with {@code dots} each (1 to 20) on {@code kinds} (every kind when empty). */
    void openVote(int dots, Set<StickyKind> kinds) {
        voteDots = Math.max(1, Math.min(20, dots));
        voteKinds = kinds.isEmpty() ? EnumSet.noneOf(StickyKind.class) : EnumSet.copyOf(kinds);
        voteOpen = true;
    }

    void closeVote() {
        voteOpen = false;
    }

    boolean isVoteOpen() {
        return voteOpen;
    }

    int voteDots() {
        return voteDots;
    }

    /** Whether a sticky of {@code kind} is voted on in this vote. */
    boolean votable(StickyKind kind) {
        return voteKinds.isEmpty() || voteKinds.contains(kind);
    }

    /** "hotspots", "hotspots and events": what the vote is on, for a message. */
    String votedOn() {
        return String.join(" and ", voteKinds.stream().map(kind -> kind.plural().toLowerCase(Locale.ROOT)).toList());
    }

    SessionView view(List<SessionView.ParticipantView> people) {
        List<String> kinds = voteKinds.stream().map(BoardView::word).toList();
        return new SessionView(phase, endsAt, locked, new SessionView.VoteView(voteOpen, voteDots, kinds), people);
    }
}
