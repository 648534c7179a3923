package org.eventstorm.app.canvas;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.eventstorm.app.theme.CanvasTheme;
import org.eventstorm.app.theme.Fonts;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.validate.Severity;

/**
 * Draws a sticky in board units: the note in its kind's colour with a soft shadow, its kind in small capitals, its
 * name wrapped to fit (never smaller than readable on screen), and the marks the validator and the selection add.
 * Far out, detail drops away: names below 9 screen pixels are not drawn, only the coloured notes.
 */
final class StickyPainter {
    static final double NAME_SIZE = 15;
    static final double MIN_SCREEN_TEXT = 8.5;
    static final double PADDING = 10;
    private static final double RADIUS = 8;

    private final TextWrapper wrapper = new TextWrapper();

    void paint(GraphicsContext gc, Sticky sticky, Geometry g, StickyLook look, CanvasTheme theme, double scale) {
        double px = 1 / scale;
        double x = g.x();
        double y = g.y();
        double w = g.w();
        double h = g.h();
        if (look.openHotspot()) {
            for (int ring = 3; ring >= 1; ring--) {
                double spread = ring * 3.5 * Math.max(px, 0.6);
                gc.setFill(theme.hotspotGlow().deriveColor(0, 1, 1, 0.13 + 0.06 * (3 - ring)));
                gc.fillRoundRect(x - spread, y - spread, w + 2 * spread, h + 2 * spread, RADIUS + 2 * spread, RADIUS + 2 * spread);
            }
        }
        gc.setFill(theme.shadow());
        gc.fillRoundRect(x + 0.5 * px, y + 2.5 * Math.max(px, 0.8), w, h, RADIUS, RADIUS);
        gc.setFill(theme.fill(sticky.kind()));
        gc.fillRoundRect(x, y, w, h, RADIUS, RADIUS);
        gc.setStroke(theme.border(sticky.kind()));
        gc.setLineWidth(px);
        gc.strokeRoundRect(x, y, w, h, RADIUS, RADIUS);

        boolean detailed = scale * 9 >= 7;
        double top = y + PADDING * 0.8;
        if (detailed) {
            gc.setFont(Fonts.of(FontWeight.SEMI_BOLD, 9));
            gc.setFill(theme.stickyKindLabel());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(sticky.kind().title().toUpperCase(Locale.ROOT), x + PADDING, top);
            top += 14;
        }
        double nameSize = Math.max(NAME_SIZE, MIN_SCREEN_TEXT / scale);
        if (nameSize * scale >= MIN_SCREEN_TEXT - 0.01 && nameSize < h * 0.9) {
            Font font = Fonts.of(FontWeight.SEMI_BOLD, nameSize);
            double lineHeight = nameSize * 1.22;
            double textTop = detailed ? top : y + PADDING * 0.6;
            int maxLines = (int) Math.max(1, Math.floor((y + h - PADDING * 0.6 - textTop) / lineHeight));
            List<String> lines = wrapper.wrap(sticky.name(), font, w - 2 * PADDING * (detailed ? 1 : 0.6), maxLines);
            double block = lines.size() * lineHeight;
            double first = textTop + Math.max(0, (y + h - PADDING * 0.6 - textTop - block) / 2);
            gc.setFont(font);
            gc.setFill(theme.stickyText());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.TOP);
            for (int i = 0; i < lines.size(); i++) {
                gc.fillText(lines.get(i), x + w / 2, first + i * lineHeight);
            }
        }
        if (look.selected()) {
            gc.setStroke(theme.accent());
            gc.setLineWidth(2.5 * px);
            double gap = 3.5 * px;
            gc.strokeRoundRect(x - gap, y - gap, w + 2 * gap, h + 2 * gap, RADIUS + gap, RADIUS + gap);
            double handle = 8 * px;
            gc.setFill(Color.WHITE);
            gc.fillRect(x + w - handle / 2, y + h - handle / 2, handle, handle);
            gc.setLineWidth(1.5 * px);
            gc.strokeRect(x + w - handle / 2, y + h - handle / 2, handle, handle);
        } else if (look.hovered()) {
            gc.setStroke(theme.accent().deriveColor(0, 1, 1, 0.55));
            gc.setLineWidth(1.5 * px);
            gc.strokeRoundRect(x - 2 * px, y - 2 * px, w + 4 * px, h + 4 * px, RADIUS, RADIUS);
        }
        if (look.showLinkHandle()) {
            double r = 6 * px;
            gc.setFill(Color.WHITE);
            gc.fillOval(x + w - r, y + h / 2 - r, 2 * r, 2 * r);
            gc.setStroke(theme.accent());
            gc.setLineWidth(2 * px);
            gc.strokeOval(x + w - r, y + h / 2 - r, 2 * r, 2 * r);
        }
        if (look.findings() > 0 && scale >= 0.15) {
            paintBadge(gc, x + w, y, look, theme, px);
        }
    }

    private void paintBadge(GraphicsContext gc, double cx, double cy, StickyLook look, CanvasTheme theme, double px) {
        double r = 9 * px;
        Color color = look.worst() == Severity.ERROR ? theme.error() : look.worst() == Severity.WARNING ? theme.warning() : theme.info();
        gc.setFill(Color.WHITE);
        gc.fillOval(cx - r - 1.5 * px, cy - r - 1.5 * px, 2 * r + 3 * px, 2 * r + 3 * px);
        gc.setFill(color);
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.setFill(Color.WHITE);
        gc.setFont(Fonts.of(FontWeight.BOLD, 11 * px));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(look.findings() > 9 ? "9+" : Integer.toString(look.findings()), cx, cy + 0.5 * px);
    }

    /** Whether a point in board units is on the resize handle of a selected sticky. */
    static boolean onResizeHandle(Geometry g, double worldX, double worldY, double scale) {
        double reach = 9 / scale;
        return Math.abs(worldX - g.right()) <= reach && Math.abs(worldY - g.bottom()) <= reach;
    }

    /** Whether a point in board units is on the link handle at the middle of a sticky's right edge. */
    static boolean onLinkHandle(Geometry g, double worldX, double worldY, double scale) {
        double reach = 9 / scale;
        return Math.abs(worldX - g.right()) <= reach && Math.abs(worldY - g.centerY()) <= reach;
    }
}
