package org.eventstorm.app.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * Which part of the infinite board the canvas shows: screen = world * scale + translate. Zoom is kept between 10% and
 * 400%, and zooming keeps the point under the cursor where it is.
 */
public final class Viewport {
    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 4.0;

    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1.0);
    private final DoubleProperty translateX = new SimpleDoubleProperty(this, "translateX", 0);
    private final DoubleProperty translateY = new SimpleDoubleProperty(this, "translateY", 0);

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public DoubleProperty translateXProperty() {
        return translateX;
    }

    public DoubleProperty translateYProperty() {
        return translateY;
    }

    public double scale() {
        return scale.get();
    }

    public Point2D toWorld(double screenX, double screenY) {
        return new Point2D((screenX - translateX.get()) / scale.get(), (screenY - translateY.get()) / scale.get());
    }

    public Point2D toScreen(double worldX, double worldY) {
        return new Point2D(worldX * scale.get() + translateX.get(), worldY * scale.get() + translateY.get());
    }

    /** The world rectangle a screen area of {@code width} x {@code height} shows. */
    public Bounds visibleWorld(double width, double height) {
        Point2D topLeft = toWorld(0, 0);
        return new BoundingBox(topLeft.getX(), topLeft.getY(), width / scale.get(), height / scale.get());
    }

    public void panBy(double dx, double dy) {
        translateX.set(translateX.get() + dx);
        translateY.set(translateY.get() + dy);
    }

    /** Zooms by {@code factor} keeping the world point under the screen point in place. */
    public void zoomAt(double screenX, double screenY, double factor) {
        setScaleAt(screenX, screenY, scale.get() * factor);
    }

    public void setScaleAt(double screenX, double screenY, double newScale) {
        Point2D anchor = toWorld(screenX, screenY);
        double clamped = clamp(newScale);
        scale.set(clamped);
        translateX.set(screenX - anchor.getX() * clamped);
        translateY.set(screenY - anchor.getY() * clamped);
    }

    /** Shows {@code world} whole and centred in a screen area, with {@code margin} pixels around it. */
    public void fit(Bounds world, double width, double height, double margin) {
        fit(world, width, height, margin, margin);
    }

    /**
     * Shows {@code world} whole in a screen area, centred in what is left after {@code left} pixels on the left (room
     * for the lane headers) and {@code margin} elsewhere.
     */
    public void fit(Bounds world, double width, double height, double left, double margin) {
        double usableWidth = width - left - margin;
        double usableHeight = height - 2 * margin;
        if (world.getWidth() <= 0 || world.getHeight() <= 0 || usableWidth <= 0 || usableHeight <= 0) {
            return;
        }
        double fitted = clamp(Math.min(usableWidth / world.getWidth(), usableHeight / world.getHeight()));
        scale.set(fitted);
        translateX.set(left + usableWidth / 2 - (world.getMinX() + world.getWidth() / 2) * fitted);
        translateY.set(height / 2 - (world.getMinY() + world.getHeight() / 2) * fitted);
    }

    /** Centres the world point in a screen area without changing the zoom. */
    public void centreOn(double worldX, double worldY, double width, double height) {
        translateX.set(width / 2 - worldX * scale.get());
        translateY.set(height / 2 - worldY * scale.get());
    }

    public static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }
}
