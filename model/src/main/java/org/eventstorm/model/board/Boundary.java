package org.eventstorm.model.board;

import java.util.Objects;

/**
 * A vertical line across every lane at {@code x} on the canvas, where the room saw the story change hands or chapter
 * (after the pivotal event Order Placed, fulfilment begins), with a label read at the top. Kept in {@code board.yaml}.
 */
public record Boundary(int x, String label) {
    public Boundary {
        Objects.requireNonNull(label, "label");
        label = label.strip();
        if (label.indexOf('\n') >= 0 || label.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a boundary's label fits on one line");
        }
    }

    /** "Fulfilment begins (at 1200)", as a list shows it. */
    @Override
    public String toString() {
        return (label.isEmpty() ? "Boundary" : label) + " (at " + x + ")";
    }
}
