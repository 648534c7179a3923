package org.eventstorm.model.navigate;

/** Where an arrow key points: right is later in time, down is the next lane. */
public enum Direction {
    LEFT(-1, 0), RIGHT(1, 0), UP(0, -1), DOWN(0, 1);

    private final int dx;
    private final int dy;

    Direction(int dx, int dy) {
        this.dx = dx;
        this.dy = dy;
    }

    int dx() {
        return dx;
    }

    int dy() {
        return dy;
    }
}
