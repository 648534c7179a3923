package org.eventstorm.app.canvas;

import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.eventstorm.app.theme.CanvasTheme;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.LinkRule;

/**
 * Draws an arrow between two stickies as a smooth curve from the side of one that faces the other, with an
 * arrowhead: along the timeline from right edge to left edge, between lanes from bottom to top. Compensation arrows
 * are dashed; a hotspot's concern is a thin dotted line in the hotspot's red.
 */
final class ArrowPainter {

    /** The curve of an arrow: start, two control points, end. */
    record Curve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
        boolean meets(Bounds area) {
            double minX = Math.min(Math.min(x1, x2), Math.min(c1x, c2x));
            double maxX = Math.max(Math.max(x1, x2), Math.max(c1x, c2x));
            double minY = Math.min(Math.min(y1, y2), Math.min(c1y, c2y));
            double maxY = Math.max(Math.max(y1, y2), Math.max(c1y, c2y));
            return maxX >= area.getMinX() && minX <= area.getMaxX() && maxY >= area.getMinY() && minY <= area.getMaxY();
        }
    }

    /**
     * The curve between two stickies: horizontal between facing sides when one is clearly after (or before) the other
     * in time, vertical when they overlap in time and sit in different rows, straight between centres otherwise.
     */
    static Curve curve(Geometry from, Geometry to) {
        double x1;
        double y1;
        double x2;
        double y2;
        double n1x = 0;
        double n1y = 0;
        double n2x = 0;
        double n2y = 0;
        if (to.x() >= from.right() + 8 || to.right() <= from.x() - 8) {
            boolean right = to.x() >= from.right() + 8;
            x1 = right ? from.right() : from.x();
            y1 = from.centerY();
            x2 = right ? to.x() : to.right();
            y2 = to.centerY();
            n1x = right ? 1 : -1;
            n2x = right ? -1 : 1;
        } else if (to.y() >= from.bottom() + 4 || to.bottom() <= from.y() - 4) {
            boolean down = to.y() >= from.bottom() + 4;
            x1 = from.centerX();
            y1 = down ? from.bottom() : from.y();
            x2 = to.centerX();
            y2 = down ? to.y() : to.bottom();
            n1y = down ? 1 : -1;
            n2y = down ? -1 : 1;
        } else {
            return new Curve(from.centerX(), from.centerY(), from.centerX(), from.centerY(), to.centerX(), to.centerY(), to.centerX(), to.centerY());
        }
        double reach = Math.max(30, Math.min(Math.hypot(x2 - x1, y2 - y1) / 2.5, Math.abs(n1x != 0 ? x2 - x1 : y2 - y1) * 0.6 + 30));
        return new Curve(x1, y1, x1 + n1x * reach, y1 + n1y * reach, x2 + n2x * reach, y2 + n2y * reach, x2, y2);
    }

    void paint(GraphicsContext gc, Curve c, LinkRule rule, boolean highlighted, CanvasTheme theme, double scale) {
        double px = 1 / scale;
        Color color = highlighted ? theme.arrowHighlight() : theme.arrow();
        if (!highlighted && c.x2() < c.x1() - 40) {
            // Arrows back against the timeline (a read model informing an earlier actor) recede, so the flow reads first.
            color = color.deriveColor(0, 1, 1, 0.45);
        }
        double width = (highlighted ? 2.2 : 1.4) * px;
        if (rule == LinkRule.HOTSPOT_CONCERNS) {
            color = theme.hotspotGlow().deriveColor(0, 1, 1, highlighted ? 0.95 : 0.6);
            gc.setLineDashes(2 * px, 4 * px);
            width = 1.3 * px;
        } else if (rule == LinkRule.COMMAND_COMPENSATED_BY) {
            gc.setLineDashes(7 * px, 5 * px);
        } else {
            gc.setLineDashes();
        }
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.beginPath();
        gc.moveTo(c.x1(), c.y1());
        gc.bezierCurveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x2(), c.y2());
        gc.stroke();
        gc.setLineDashes();
        double angle = Math.atan2(c.y2() - c.c2y(), c.x2() - c.c2x());
        double size = (highlighted ? 9 : 7.5) * px;
        double spread = Math.toRadians(24);
        gc.setFill(color);
        gc.fillPolygon(
                new double[] {c.x2(), c.x2() - size * Math.cos(angle - spread), c.x2() - size * Math.cos(angle + spread)},
                new double[] {c.y2(), c.y2() - size * Math.sin(angle - spread), c.y2() - size * Math.sin(angle + spread)}, 3);
    }

    /** A straight rubber band from a point to the cursor while an arrow is being drawn. */
    void paintRubberBand(GraphicsContext gc, double x1, double y1, double x2, double y2, boolean allowed, CanvasTheme theme, double scale) {
        double px = 1 / scale;
        gc.setStroke(allowed ? theme.accent() : theme.error());
        gc.setLineWidth(2 * px);
        gc.setLineDashes(6 * px, 4 * px);
        gc.strokeLine(x1, y1, x2, y2);
        gc.setLineDashes();
    }
}
