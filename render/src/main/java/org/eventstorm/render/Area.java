package org.eventstorm.render;

/** A rectangle in board units: what is in view, or what a picture shows. */
public record Area(double minX, double minY, double maxX, double maxY) {
    public Area {
        if (maxX < minX || maxY < minY) {
            throw new IllegalArgumentException("an area's max is below its min: " + minX + "," + minY + " - " + maxX + "," + maxY);
        }
    }

    public static Area of(double x, double y, double w, double h) {
        return new Area(x, y, x + w, y + h);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public Area grow(double by) {
        return new Area(minX - by, minY - by, maxX + by, maxY + by);
    }

    public boolean meets(double x1, double y1, double x2, double y2) {
        return x2 >= minX && x1 <= maxX && y2 >= minY && y1 <= maxY;
    }
}
