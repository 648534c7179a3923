package org.eventstorm.model.timeline;

import java.util.ArrayList;
import java.util.List;
import org.eventstorm.model.sticky.StickyId;

/**
 * One numbered line of the timeline: its parts joined by arrows ({@code →}, or {@code ←} when a read model informs
 * an actor), anchored at the sticky whose place on the board orders it.
 *
 * @param anchor   the command, event or read model this step is about
 * @param parts    left to right
 * @param informs  true when the arrow points back at the first part ({@code **Customer** ← `Shipping Notification`})
 */
public record Step(StickyId anchor, List<Part> parts, boolean informs) {
    public Step {
        parts = List.copyOf(parts);
    }

    /** This step with {@code part} added at the end (none when null). */
    Step withPart(Part part) {
        if (part == null) {
            return this;
        }
        List<Part> longer = new ArrayList<>(parts);
        longer.add(part);
        return new Step(anchor, longer, informs);
    }

    /** True when the step names {@code id} in any of its parts. */
    public boolean mentions(StickyId id) {
        return parts.stream().anyMatch(part -> part.ids().contains(id));
    }
}
