package org.eventstorm.model.board;

/** The horizontal band of the canvas a bounded context occupies: from {@code y}, {@code h} units high. */
public record Swimlane(int y, int h) {
    public Swimlane {
        if (h <= 0) {
            throw new IllegalArgumentException("a swimlane needs a positive height, not " + h);
        }
    }

    public int bottom() {
        return y + h;
    }

    public boolean containsY(int value) {
        return value >= y && value < bottom();
    }
}
