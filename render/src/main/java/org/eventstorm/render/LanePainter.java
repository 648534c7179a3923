package org.eventstorm.render;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;
import org.eventstorm.model.board.Boundary;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Swimlane;

/**
 * Draws the bounded contexts' swimlanes as alternating bands across the board, and their headers (context and
 * owning service) at the left edge of the view, so the lane a sticky is in can always be read.
 */
public final class LanePainter {
    /** The height, in screen pixels, of a boundary's label: readable from the back of the room. */
    public static final double BOUNDARY_TEXT = 14;
    /** The height, in pixels, of a lane's name in its header: as readable as a boundary's label. */
    static final double LANE_TEXT = 14;

    /** The bands, in board units, across {@code visible}. */
    public void paintBands(Surface s, List<BoundedContext> contexts, Area visible, BoardTheme theme, double scale) {
        int index = 0;
        for (BoundedContext context : contexts) {
            if (context.swimlane() == null) {
                continue;
            }
            Swimlane lane = context.swimlane();
            if (lane.bottom() >= visible.minY() && lane.y() <= visible.maxY()) {
                s.fill(index % 2 == 0 ? theme.laneEven() : theme.laneOdd());
                s.fillRect(visible.minX(), lane.y(), visible.width(), lane.h());
                s.stroke(theme.laneLine());
                s.lineWidth(1 / scale);
                s.strokeLine(visible.minX(), lane.bottom(), visible.maxX(), lane.bottom());
            }
            index++;
        }
    }

    /**
     * The boundaries the room drew, in board units: a dashed line across every lane (across {@code visible} on a
     * board without lanes) and its label in a pill at the top of the lanes, at least 14 pixels high on screen.
     */
    public void paintBoundaries(Surface s, List<BoundedContext> contexts, List<Boundary> boundaries, Area visible, BoardTheme theme,
            double scale) {
        double top = lanesTop(contexts, visible);
        double bottom = lanesBottom(contexts, visible);
        double px = 1 / scale;
        for (Boundary boundary : boundaries) {
            if (near(boundary, visible, px)) {
                s.stroke(theme.stickyText());
                s.lineWidth(Math.max(2, 2.5 * px));
                s.dashes(10 * Math.max(px, 1), 6 * Math.max(px, 1));
                s.strokeLine(boundary.x(), Math.max(top, visible.minY()), boundary.x(), Math.min(bottom, visible.maxY()));
                s.dashes();
            }
        }
    }

    /** The boundaries' labels at the top of their lines, drawn over the stickies so that no sticky hides one. */
    public void paintBoundaryLabels(Surface s, List<BoundedContext> contexts, List<Boundary> boundaries, Area visible, BoardTheme theme,
            double scale) {
        paintBoundaryLabels(s, contexts, boundaries, visible, theme, scale, area -> false);
    }

    /**
     * As {@link #paintBoundaryLabels(Surface, List, List, Area, BoardTheme, double)}, each label going down its line
     * to the first place where it covers nothing {@code taken} says is there (a sticky's name), or at the top when
     * there is none.
     */
    public void paintBoundaryLabels(Surface s, List<BoundedContext> contexts, List<Boundary> boundaries, Area visible, BoardTheme theme,
            double scale, Predicate<Area> taken) {
        double top = lanesTop(contexts, visible);
        double bottom = lanesBottom(contexts, visible);
        double px = 1 / scale;
        double size = BOUNDARY_TEXT / scale;
        for (Boundary boundary : boundaries) {
            if (near(boundary, visible, px) && !boundary.label().isEmpty()) {
                s.font(Surface.Weight.BOLD, size);
                double width = s.textWidth(boundary.label()) + size;
                double height = size * 1.6;
                double y = top + 6 * px;
                for (double tried = y; tried + height < bottom; tried += height / 2) {
                    if (!taken.test(new Area(boundary.x() - width / 2, tried, boundary.x() + width / 2, tried + height))) {
                        y = tried;
                        break;
                    }
                }
                s.fill(theme.stickyText());
                s.fillRoundRect(boundary.x() - width / 2, y, width, height, height / 2);
                s.fill(theme.background());
                s.fillText(boundary.label(), boundary.x(), y + height / 2, Surface.Align.CENTER, Surface.Baseline.CENTER);
            }
        }
    }

    private static double lanesTop(List<BoundedContext> contexts, Area visible) {
        return contexts.stream().map(BoundedContext::swimlane).filter(Objects::nonNull).mapToDouble(Swimlane::y).min().orElse(visible.minY());
    }

    private static double lanesBottom(List<BoundedContext> contexts, Area visible) {
        return contexts.stream().map(BoundedContext::swimlane).filter(Objects::nonNull).mapToDouble(Swimlane::bottom).max().orElse(visible.maxY());
    }

    private static boolean near(Boundary boundary, Area visible, double px) {
        return boundary.x() >= visible.minX() - 2000 * px && boundary.x() <= visible.maxX() + 2000 * px;
    }

    /**
     * The headers, in pixels, with the board transform removed: each where its lane is in view, pinned below the top
     * edge while the lane is taller than the view.
     *
     * @param toScreenY where a board y is on the surface, in pixels
     * @param height    the surface's height in pixels
     */
    /** How far right the lanes' name boxes of {@link #paintHeaders} reach, in screen pixels (0 without swimlanes). */
    public double headersRight(Surface s, List<BoundedContext> contexts) {
        double right = 0;
        for (BoundedContext context : contexts) {
            if (context.swimlane() == null) {
                continue;
            }
            s.font(Surface.Weight.SEMI_BOLD, LANE_TEXT);
            double width = s.textWidth(context.name());
            if (!context.service().isEmpty()) {
                s.font(Surface.Weight.NORMAL, 11);
                width = Math.max(width, s.textWidth(context.service()));
            }
            right = Math.max(right, 8 + width + 20 + 2);
        }
        return right;
    }

    public void paintHeaders(Surface s, List<BoundedContext> contexts, DoubleUnaryOperator toScreenY, double height, BoardTheme theme) {
        for (BoundedContext context : contexts) {
            if (context.swimlane() == null) {
                continue;
            }
            double top = toScreenY.applyAsDouble(context.swimlane().y());
            double bottom = toScreenY.applyAsDouble(context.swimlane().bottom());
            if (bottom < 0 || top > height || bottom - top < 22) {
                continue;
            }
            double y = Math.max(top, 0) + 8;
            if (y + 36 > bottom) {
                y = Math.max(top + 4, bottom - 40);
            }
            s.font(Surface.Weight.SEMI_BOLD, LANE_TEXT);
            double titleWidth = s.textWidth(context.name());
            double serviceWidth = 0;
            if (!context.service().isEmpty()) {
                s.font(Surface.Weight.NORMAL, 11);
                serviceWidth = s.textWidth(context.service());
            }
            double width = Math.max(titleWidth, serviceWidth) + 20;
            double boxHeight = context.service().isEmpty() ? 26 : 40;
            s.fill(theme.laneHeaderFill());
            s.fillRoundRect(8, y, width, boxHeight, 8);
            s.stroke(theme.laneLine());
            s.lineWidth(1);
            s.strokeRoundRect(8, y, width, boxHeight, 8);
            s.font(Surface.Weight.SEMI_BOLD, LANE_TEXT);
            s.fill(theme.laneTitle());
            s.fillText(context.name(), 18, y + 5, Surface.Align.LEFT, Surface.Baseline.TOP);
            if (!context.service().isEmpty()) {
                s.font(Surface.Weight.NORMAL, 11);
                s.fill(theme.laneSubtitle());
                s.fillText(context.service(), 18, y + 23, Surface.Align.LEFT, Surface.Baseline.TOP);
            }
        }
    }
}
