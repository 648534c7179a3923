package org.eventstorm.model.link;

import java.util.Optional;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The natural next sticky in an Event Storming flow, the one a facilitator writes after this one: an actor issues a
 * command, a command produces an event, an event triggers a policy, a policy issues a command; an aggregate or an
 * external system emits events, a read model informs an actor. A hotspot has no next (it is about something), nor a free note.
 */
public final class FlowChain {
    private FlowChain() {
    }

    public static Optional<StickyKind> next(StickyKind kind) {
        return Optional.ofNullable(switch (kind) {
            case ACTOR -> StickyKind.COMMAND;
            case COMMAND -> StickyKind.EVENT;
            case EVENT -> StickyKind.POLICY;
            case POLICY -> StickyKind.COMMAND;
            case AGGREGATE, EXTERNAL_SYSTEM -> StickyKind.EVENT;
            case READ_MODEL -> StickyKind.ACTOR;
            case HOTSPOT, NOTE -> null;
        });
    }
}
