package org.eventstorm.render;

import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.LinkRule;

/**
 * Draws an arrow between two stickies as a smooth curve from the side of one that faces the other, with an
 * arrowhead: along the timeline from right edge to left edge, between lanes from bottom to top. Compensation arrows
 * are dashed; a hotspot's concern is a thin dotted line in the hotspot's red.
 */
public final class ArrowPainter {
    /** Below this zoom an arrowhead is smaller than a pixel's worth of meaning; only the line is drawn. */
    static final double HEADLESS_SCALE = 0.15;

    /** The curve of an arrow: start, two control points, end. */
    public record Curve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
        public boolean meets(Area area) {
            double minX = Math.min(Math.min(x1, x2), Math.min(c1x, c2x));
            double maxX = Math.max(Math.max(x1, x2), Math.max(c1x, c2x));
            double minY = Math.min(Math.min(y1, y2), Math.min(c1y, c2y));
            double maxY = Math.max(Math.max(y1, y2), Math.max(c1y, c2y));
            return area.meets(minX, minY, maxX, maxY);
        }

        /** The area the curve stays in (its control points' box), without the arrowhead's width. */
        public Area bounds() {
            return new Area(Math.min(Math.min(x1, x2), Math.min(c1x, c2x)), Math.min(Math.min(y1, y2), Math.min(c1y, c2y)),
                    Math.max(Math.max(x1, x2), Math.max(c1x, c2x)), Math.max(Math.max(y1, y2), Math.max(c1y, c2y)));
        }
    }

    /**
     * The curve between two stickies: horizontal between facing sides when one is clearly after (or before) the other
     * in time, vertical when they overlap in time and sit in different rows, straight between centres otherwise.
     */
    public static Curve curve(Geometry from, Geometry to) {
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

    public void paint(Surface s, Curve c, LinkRule rule, boolean highlighted, BoardTheme theme, double scale) {
        double px = 1 / scale;
        Rgba color = highlighted ? theme.arrowHighlight() : c.x2() < c.x1() - 40 ? theme.arrowReceding() : theme.arrow();
        double width = (highlighted ? 2.2 : 1.4) * px;
        if (rule == LinkRule.HOTSPOT_CONCERNS) {
            color = theme.hotspotLink(highlighted);
            s.dashes(2 * px, 4 * px);
            width = 1.3 * px;
        } else if (rule == LinkRule.COMMAND_COMPENSATED_BY) {
            s.dashes(7 * px, 5 * px);
        } else {
            s.dashes();
        }
        s.stroke(color);
        s.lineWidth(width);
        s.roundCaps(true);
        s.strokeCurve(c.x1(), c.y1(), c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x2(), c.y2());
        s.dashes();
        s.roundCaps(false);
        if (scale < HEADLESS_SCALE) {
            return;
        }
        double angle = Math.atan2(c.y2() - c.c2y(), c.x2() - c.c2x());
        double size = (highlighted ? 9 : 7.5) * px;
        double spread = Math.toRadians(24);
        s.fill(color);
        s.fillPolygon(
                new double[] {c.x2(), c.x2() - size * Math.cos(angle - spread), c.x2() - size * Math.cos(angle + spread)},
                new double[] {c.y2(), c.y2() - size * Math.sin(angle - spread), c.y2() - size * Math.sin(angle + spread)});
    }

    /** A straight rubber band from a point to the cursor while an arrow is being drawn. */
    public void paintRubberBand(Surface s, double x1, double y1, double x2, double y2, boolean allowed, BoardTheme theme, double scale) {
        double px = 1 / scale;
        s.stroke(allowed ? theme.accent() : theme.error());
        s.lineWidth(2 * px);
        s.dashes(6 * px, 4 * px);
        s.strokeLine(x1, y1, x2, y2);
        s.dashes();
    }
}
