package org.eventstorm.workshop;

/** Who is on the other end of a connection: a participant writes and votes; the facilitator also runs the room. */
public enum Role {
    PARTICIPANT, FACILITATOR
}
