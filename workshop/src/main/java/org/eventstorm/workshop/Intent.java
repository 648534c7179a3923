package org.eventstorm.workshop;

import java.util.Set;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * What a page asks of the host, read from one WebSocket message. An intent that changes the board carries an
 * {@code id} the page made: the host applies an id once for the whole session, so a page that sends again after a
 * reconnect (it keeps what was not confirmed) never writes a sticky twice.
 */
public sealed interface Intent {
    /** Joins (or joins again) under {@code name}; {@code key} is the page's own secret, the same after a reconnect. */
    record Join(String name, String key) implements Intent {
    }

    /** An intent that changes the board, with the page's id for it. */
    sealed interface BoardIntent extends Intent {
        String id();
    }

    /** A new sticky; at {@code x, y} on the board, or appended to the timeline when they are null. */
    record Add(String id, StickyKind kind, String name, Integer x, Integer y) implements BoardIntent {
    }

    /** A new name for one of the participant's own stickies. */
    record Rename(String id, StickyId sticky, String name) implements BoardIntent {
    }

    /** Takes one of the participant's own stickies off the board. */
    record Delete(String id, StickyId sticky) implements BoardIntent {
    }

    /** Puts one of the participant's dots on a sticky ({@code +1}) or takes one back ({@code -1}). */
    record Vote(String id, StickyId sticky, int delta) implements BoardIntent {
    }

    /** Facilitator: the workshop's phase, with a countdown of {@code minutes} (none for 0). */
    record SetPhase(String name, int minutes) implements Intent {
    }

    /** Facilitator: a countdown of {@code minutes}, or none for 0. */
    record SetTimer(int minutes) implements Intent {
    }

    /** Facilitator: writing locked (participants may still vote) or open again. */
    record Lock(boolean locked) implements Intent {
    }

    /** Facilitator: opens a dot vote, {@code dots} each, on stickies of {@code kinds} (every kind when empty). */
    record OpenVote(int dots, Set<StickyKind> kinds) implements Intent {
    }

    /** Facilitator: closes the vote; the counts stay on the stickies. */
    record CloseVote() implements Intent {
    }

    /** Facilitator: removes a participant, who cannot join again under the same page. */
    record RemoveParticipant(String participant) implements Intent {
    }
}
