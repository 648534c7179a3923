package org.eventstorm.render;

import java.util.List;

/**
 * A sticky's whole name in type readable on a projector, on a card of the sticky's colour that is larger than the
 * sticky's box when the box is too small on screen to hold the name. In board units; the card always covers the box.
 *
 * @param grown whether the card is larger than the box (the name did not fit inside it); if not, the name is drawn in
 *     the box under the kind's label
 * @param size the name's font size in board units
 * @param lineHeight the distance between the tops of two lines, in board units
 */
public record NameCard(Area area, boolean grown, double size, double lineHeight, List<String> lines) {
    public NameCard {
        lines = List.copyOf(lines);
    }
}
