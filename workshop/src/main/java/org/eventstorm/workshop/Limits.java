package org.eventstorm.workshop;

/**
 * What one participant and one workshop may do, so that a page gone wrong (or a script) cannot flood the board or the
 * host: stickies a participant adds a minute, pages a participant may have open, people in the room, and the size of
 * one message.
 */
public record Limits(int stickiesPerMinute, int connectionsPerParticipant, int participants, int messageBytes) {
    /** Generous for a room writing fast (a sticky every two seconds is 30 a minute), tight for a runaway script. */
    public static final Limits DEFAULT = new Limits(60, 4, 100, 16 * 1024);
}
