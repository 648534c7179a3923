package org.eventstorm.model.board;

/**
 * Where a sticky sits on the canvas, in whole canvas units: x is its place in the timeline (time runs left
 * to right), y its lane. Whole units keep {@code board.yaml} stable and diffs small.
 */
public record Geometry(int x, int y, int w, int h) {
    public Geometry {
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("a sticky needs a positive size, not " + w + "x" + h);
        }
    }

    public int right() {
        return x + w;
    }

    public int bottom() {
        return y + h;
    }

    public int centerX() {
        return x + w / 2;
    }

    public int centerY() {
        return y + h / 2;
    }

    public Geometry movedTo(int newX, int newY) {
        return new Geometry(newX, newY, w, h);
    }

    public Geometry movedBy(int dx, int dy) {
        return new Geometry(x + dx, y + dy, w, h);
    }

    public Geometry resizedTo(int newW, int newH) {
        return new Geometry(x, y, newW, newH);
    }

    public boolean intersects(Geometry other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** True when the two overlap once each is grown by {@code gap} on every side. */
    public boolean crowds(Geometry other, int gap) {
        return x - gap < other.right() && other.x - gap < right() && y - gap < other.bottom() && other.y - gap < bottom();
    }
}
