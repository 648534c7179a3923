package org.eventstorm.app.canvas;

import java.util.Arrays;
import org.eventstorm.exporters.picture.BoardTheme;
import org.eventstorm.exporters.picture.Surface;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The band along the top of the canvas: the domain events numbered in time order (left to right, as the timeline
 * reads them), each tick above its event, so a facilitator far into a long board still knows where in the story
 * they are. Worked out once per board revision; a frame draws only the ticks in view.
 */
final class TimelineRuler {
    static final double HEIGHT = 22;
    private static final double MIN_LABEL_GAP = 26;

    private long revision = -1;
    private double[] centres = new double[0];

    /** Paints the band in screen coordinates, over the top of the view. */
    void paint(Surface s, Board board, Viewport viewport, double width, BoardTheme theme) {
        refresh(board);
        s.fill(theme.laneHeaderFill());
        s.fillRect(0, 0, width, HEIGHT);
        s.stroke(theme.laneLine());
        s.lineWidth(1);
        s.strokeLine(0, HEIGHT - 0.5, width, HEIGHT - 0.5);
        if (centres.length == 0) {
            return;
        }
        double left = viewport.toWorld(0, 0).getX();
        int first = Math.max(0, lowerBound(left) - 1);
        s.font(Surface.Weight.SEMI_BOLD, 10);
        double lastLabel = -Double.MAX_VALUE;
        for (int i = first; i < centres.length; i++) {
            double x = viewport.toScreen(centres[i], 0).getX();
            if (x > width + 20) {
                break;
            }
            if (x < -20) {
                continue;
            }
            s.stroke(theme.laneSubtitle());
            s.strokeLine(x, HEIGHT - 6, x, HEIGHT - 1);
            if (x - lastLabel >= MIN_LABEL_GAP) {
                s.fill(theme.laneTitle());
                s.fillText(String.valueOf(i + 1), x, 4, Surface.Align.CENTER, Surface.Baseline.TOP);
                lastLabel = x;
            }
        }
    }

    /**
     * What the band shows in this view, as a number that changes when a tick or a label in view would: an edit out of
     * view (a workshop appending events at the end of the timeline) leaves it as it is, so the band is not drawn again.
     */
    long shown(Board board, Viewport viewport, double width) {
        refresh(board);
        double left = viewport.toWorld(0, 0).getX();
        double right = viewport.toWorld(width, 0).getX();
        int first = Math.max(0, lowerBound(left) - 1);
        long hash = first;
        for (int i = first; i < centres.length && centres[i] <= right + 40; i++) {
            hash = hash * 31 + Double.hashCode(centres[i]);
        }
        return hash;
    }

    private int lowerBound(double x) {
        int found = Arrays.binarySearch(centres, x);
        return found >= 0 ? found : -found - 1;
    }

    private void refresh(Board board) {
        if (board.revision() == revision) {
            return;
        }
        revision = board.revision();
        centres = board.geometries().entrySet().stream().filter(entry -> entry.getKey().kind() == StickyKind.EVENT)
                .mapToDouble(entry -> entry.getValue().centerX()).sorted().toArray();
    }
}
