package org.eventstorm.workshop;

import java.util.List;

/**
 * The state of the room every page shows: the phase and when its countdown ends (epoch milliseconds, null when none),
 * whether writing is locked, the vote, and who is taking part.
 */
public record SessionView(String phase, Long endsAt, boolean locked, VoteView vote, List<ParticipantView> participants) {

    /** The dot vote: open or not, the dots each participant has, the kinds voted on (every kind when empty). */
    public record VoteView(boolean open, int dots, List<String> kinds) {
    }

    /** A participant as the facilitator sees them: how many stickies they wrote, whether a page of theirs is open. */
    public record ParticipantView(String id, String name, int stickies, boolean online) {
    }
}
