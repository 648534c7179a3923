package org.eventstorm.app.canvas;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.eventstorm.app.theme.CanvasTheme;
import org.eventstorm.app.theme.Fonts;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Swimlane;

/**
 * Draws the bounded contexts' swimlanes as alternating bands across the board, and their headers (context and
 * owning service) pinned to the left edge of the view, so the lane a sticky is in can always be read.
 */
final class LanePainter {

    /** The bands, in board units. */
    void paintBands(GraphicsContext gc, List<BoundedContext> contexts, Bounds visible, CanvasTheme theme, double scale) {
        int index = 0;
        for (BoundedContext context : contexts) {
            if (context.swimlane() == null) {
                continue;
            }
            Swimlane lane = context.swimlane();
            if (lane.bottom() >= visible.getMinY() && lane.y() <= visible.getMaxY()) {
                gc.setFill(index % 2 == 0 ? theme.laneEven() : theme.laneOdd());
                gc.fillRect(visible.getMinX(), lane.y(), visible.getWidth(), lane.h());
                gc.setStroke(theme.laneLine());
                gc.setLineWidth(1 / scale);
                gc.strokeLine(visible.getMinX(), lane.bottom(), visible.getMaxX(), lane.bottom());
            }
            index++;
        }
    }

    /** The headers, in screen pixels, after the board transform is removed. */
    void paintHeaders(GraphicsContext gc, List<BoundedContext> contexts, Viewport viewport, double height, CanvasTheme theme) {
        for (BoundedContext context : contexts) {
            if (context.swimlane() == null) {
                continue;
            }
            Point2D top = viewport.toScreen(0, context.swimlane().y());
            Point2D bottom = viewport.toScreen(0, context.swimlane().bottom());
            if (bottom.getY() < 0 || top.getY() > height || bottom.getY() - top.getY() < 22) {
                continue;
            }
            double y = Math.max(top.getY(), 0) + 8;
            if (y + 34 > bottom.getY()) {
                y = Math.max(top.getY() + 4, bottom.getY() - 38);
            }
            gc.setFont(Fonts.of(FontWeight.SEMI_BOLD, 13));
            double titleWidth = textWidth(context.name(), 13);
            double serviceWidth = context.service().isEmpty() ? 0 : textWidth(context.service(), 11);
            double width = Math.max(titleWidth, serviceWidth) + 20;
            double boxHeight = context.service().isEmpty() ? 24 : 38;
            gc.setFill(theme.background().deriveColor(0, 1, 1, 0.88));
            gc.fillRoundRect(8, y, width, boxHeight, 8, 8);
            gc.setStroke(theme.laneLine());
            gc.setLineWidth(1);
            gc.strokeRoundRect(8, y, width, boxHeight, 8, 8);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.TOP);
            gc.setFill(theme.laneTitle());
            gc.fillText(context.name(), 18, y + 5);
            if (!context.service().isEmpty()) {
                gc.setFont(Fonts.of(FontWeight.NORMAL, 11));
                gc.setFill(theme.laneSubtitle());
                gc.fillText(context.service(), 18, y + 21);
            }
        }
    }

    private final javafx.scene.text.Text measure = new javafx.scene.text.Text();

    private double textWidth(String text, double size) {
        measure.setFont(Fonts.of(size >= 13 ? FontWeight.SEMI_BOLD : FontWeight.NORMAL, size));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
