package org.eventstorm.exporters.picture;

import java.util.List;
import java.util.Locale;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.validate.Severity;

/**
 * Draws a sticky in board units: the note in its kind's colour with a soft shadow, its kind in small capitals, its
 * name wrapped to fit (never smaller than readable on screen), and the marks the validator and the selection add.
 * Far out, detail drops away: names below 8.5 screen pixels are not drawn, and a note narrower than a fingertip on
 * screen is a plain block of its colour.
 */
public final class StickyPainter {
    public static final double NAME_SIZE = 15;
    static final double MIN_SCREEN_TEXT = 8.5;
    static final double PADDING = 10;
    private static final double RADIUS = 8;
    /** Below this many screen pixels wide, a sticky is a plain coloured block: its shadow and border could not be seen. */
    static final double BLOCK_PIXELS = 14;

    private final TextWrapper wrapper = new TextWrapper();

    public void paint(Surface s, Sticky sticky, Geometry g, StickyLook look, BoardTheme theme, double scale) {
        double px = 1 / scale;
        double x = g.x();
        double y = g.y();
        double w = g.w();
        double h = g.h();
        if (w * scale < BLOCK_PIXELS && !look.selected()) {
            s.fill(look.openHotspot() ? theme.hotspotGlow() : theme.fill(sticky.kind()));
            s.fillRect(x, y, w, h);
            return;
        }
        if (look.highlighted()) {
            double spread = 6 * Math.max(px, 0.5);
            s.fill(theme.chain());
            s.fillRoundRect(x - spread, y - spread, w + 2 * spread, h + 2 * spread, RADIUS + 2 * spread);
        }
        if (look.openHotspot()) {
            for (int ring = 3; ring >= 1; ring--) {
                double spread = ring * 3.5 * Math.max(px, 0.6);
                s.fill(theme.hotspotRing(ring));
                s.fillRoundRect(x - spread, y - spread, w + 2 * spread, h + 2 * spread, RADIUS + 2 * spread);
            }
        }
        s.fill(theme.shadow());
        s.fillRoundRect(x + 0.5 * px, y + 2.5 * Math.max(px, 0.8), w, h, RADIUS);
        s.fill(theme.fill(sticky.kind()));
        s.fillRoundRect(x, y, w, h, RADIUS);
        boolean pivotal = sticky instanceof DomainEvent event && event.isPivotal();
        if (pivotal) {
            // A turning point of the story: a heavy frame, seen from the back of the room.
            s.stroke(theme.stickyText());
            s.lineWidth(Math.max(4, 3.5 * px));
            s.strokeRoundRect(x, y, w, h, RADIUS);
        } else {
            s.stroke(theme.border(sticky.kind()));
            s.lineWidth(px);
            s.strokeRoundRect(x, y, w, h, RADIUS);
        }

        boolean detailed = scale * 9 >= 7;
        double top = y + PADDING * 0.8;
        if (detailed) {
            s.font(Surface.Weight.SEMI_BOLD, 9);
            s.fill(theme.stickyKindLabel());
            String label = pivotal ? "PIVOTAL EVENT" : sticky.kind().title().toUpperCase(Locale.ROOT);
            s.fillText(label, x + PADDING, top, Surface.Align.LEFT, Surface.Baseline.TOP);
            top += 14;
        }
        double nameSize = Math.max(NAME_SIZE, MIN_SCREEN_TEXT / scale);
        if (nameSize * scale >= MIN_SCREEN_TEXT - 0.01 && nameSize < h * 0.9) {
            double lineHeight = nameSize * 1.22;
            double textTop = detailed ? top : y + PADDING * 0.6;
            int maxLines = (int) Math.max(1, Math.floor((y + h - PADDING * 0.6 - textTop) / lineHeight));
            s.font(Surface.Weight.SEMI_BOLD, nameSize);
            List<String> lines = wrapper.wrap(s, Surface.Weight.SEMI_BOLD, nameSize, sticky.name(),
                    w - 2 * PADDING * (detailed ? 1 : 0.6), maxLines);
            double block = lines.size() * lineHeight;
            double first = textTop + Math.max(0, (y + h - PADDING * 0.6 - textTop - block) / 2);
            s.fill(theme.stickyText());
            for (int i = 0; i < lines.size(); i++) {
                s.fillText(lines.get(i), x + w / 2, first + i * lineHeight, Surface.Align.CENTER, Surface.Baseline.TOP);
            }
        }
        if (look.selected()) {
            s.stroke(theme.accent());
            s.lineWidth(2.5 * px);
            double gap = 3.5 * px;
            s.strokeRoundRect(x - gap, y - gap, w + 2 * gap, h + 2 * gap, RADIUS + gap);
            double handle = 8 * px;
            s.fill(Rgba.WHITE);
            s.fillRect(x + w - handle / 2, y + h - handle / 2, handle, handle);
            s.lineWidth(1.5 * px);
            s.strokeRect(x + w - handle / 2, y + h - handle / 2, handle, handle);
        } else if (look.hovered()) {
            s.stroke(theme.accentHover());
            s.lineWidth(1.5 * px);
            s.strokeRoundRect(x - 2 * px, y - 2 * px, w + 4 * px, h + 4 * px, RADIUS);
        }
        if (look.showLinkHandle()) {
            double r = 6 * px;
            s.fill(Rgba.WHITE);
            s.fillOval(x + w - r, y + h / 2 - r, 2 * r, 2 * r);
            s.stroke(theme.accent());
            s.lineWidth(2 * px);
            s.strokeOval(x + w - r, y + h / 2 - r, 2 * r, 2 * r);
        }
        if (look.findings() > 0 && scale >= 0.15) {
            paintBadge(s, x + w, y, look, theme, px);
        }
        if (sticky.votes() > 0 && scale >= 0.15) {
            paintVotes(s, x + w, y + h, sticky.votes(), theme, px);
        }
        Markdown comments = sticky.content().markdown(Field.COMMENTS);
        if (!comments.isEmpty() && scale >= 0.15) {
            paintComments(s, x, y + h, comments.items().size(), theme, px);
        }
    }

    /** How many comments the sticky has: a speech bubble with the count astride its lower left corner, off the name. */
    private static void paintComments(Surface s, double left, double bottom, int comments, BoardTheme theme, double px) {
        double height = 16 * px;
        String count = String.valueOf(comments);
        s.font(Surface.Weight.BOLD, 10 * px);
        double width = Math.max(height * 1.3, s.textWidth(count) + 10 * px);
        double bx = left - width / 2;
        double by = bottom - height / 2;
        s.fill(Rgba.WHITE);
        s.fillRoundRect(bx, by, width, height, 5 * px);
        s.fillPolygon(new double[] {bx + 4 * px, bx + 9 * px, bx + 4 * px}, new double[] {by + height - 1 * px, by + height - 1 * px, by + height + 4 * px});
        s.stroke(theme.stickyText());
        s.lineWidth(1.2 * px);
        s.strokeRoundRect(bx, by, width, height, 5 * px);
        s.fill(theme.stickyText());
        s.fillText(count, bx + width / 2, by + height / 2, Surface.Align.CENTER, Surface.Baseline.CENTER);
    }

    /** The dots a workshop's vote gave the sticky, a dark counter on its lower right corner. */
    private static void paintVotes(Surface s, double right, double bottom, int votes, BoardTheme theme, double px) {
        double r = 10 * px;
        double cx = right - r - 3 * px;
        double cy = bottom - r - 3 * px;
        s.fill(theme.stickyText());
        s.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        s.fill(Rgba.WHITE);
        s.font(Surface.Weight.BOLD, 11 * px);
        s.fillText(votes > 99 ? "99+" : Integer.toString(votes), cx, cy + 0.5 * px, Surface.Align.CENTER, Surface.Baseline.CENTER);
    }

    private static void paintBadge(Surface s, double cx, double cy, StickyLook look, BoardTheme theme, double px) {
        double r = 9 * px;
        Rgba color = look.worst() == Severity.ERROR ? theme.error() : look.worst() == Severity.WARNING ? theme.warning() : theme.info();
        s.fill(Rgba.WHITE);
        s.fillOval(cx - r - 1.5 * px, cy - r - 1.5 * px, 2 * r + 3 * px, 2 * r + 3 * px);
        s.fill(color);
        s.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        s.fill(Rgba.WHITE);
        s.font(Surface.Weight.BOLD, 11 * px);
        s.fillText(look.findings() > 9 ? "9+" : Integer.toString(look.findings()), cx, cy + 0.5 * px, Surface.Align.CENTER, Surface.Baseline.CENTER);
    }

    /** Whether a point in board units is on the resize handle of a selected sticky. */
    public static boolean onResizeHandle(Geometry g, double worldX, double worldY, double scale) {
        double reach = 9 / scale;
        return Math.abs(worldX - g.right()) <= reach && Math.abs(worldY - g.bottom()) <= reach;
    }

    /** Whether a point in board units is on the link handle at the middle of a sticky's right edge. */
    public static boolean onLinkHandle(Geometry g, double worldX, double worldY, double scale) {
        double reach = 9 / scale;
        return Math.abs(worldX - g.right()) <= reach && Math.abs(worldY - g.centerY()) <= reach;
    }
}
