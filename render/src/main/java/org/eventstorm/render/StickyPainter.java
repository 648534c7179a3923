package org.eventstorm.render;

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
    private final NameCards cards = new NameCards();

    public void paint(Surface s, Sticky sticky, Geometry g, StickyLook look, BoardTheme theme, double scale) {
        paint(s, sticky, g, look, theme, scale, null);
    }

    /**
     * As {@link #paint(Surface, Sticky, Geometry, StickyLook, BoardTheme, double)}; with the sticky's {@code room} on
     * the board ({@link NameCards#room}), the name is drawn whole at {@link NameCards#READABLE_PIXELS} or larger however
     * far out the view is: in the sticky when it fits, otherwise on a card of its colour grown into the room, the card
     * then standing for the sticky (its marks, badges and selection go round the card).
     */
    public void paint(Surface s, Sticky sticky, Geometry g, StickyLook look, BoardTheme theme, double scale, Area room) {
        double px = 1 / scale;
        if (g.w() * scale < BLOCK_PIXELS && !look.selected()) {
            s.fill(look.openHotspot() ? theme.hotspotGlow() : theme.fill(sticky));
            s.fillRect(g.x(), g.y(), g.w(), g.h());
            return;
        }
        boolean detailed = detailed(scale);
        double labelTop = PADDING * 0.8;
        NameCard card = room == null ? null : nameCard(s, sticky, g, scale, room);
        boolean grown = card != null && card.grown();
        double x = grown ? card.area().minX() : g.x();
        double y = grown ? card.area().minY() : g.y();
        double w = grown ? card.area().width() : g.w();
        double h = grown ? card.area().height() : g.h();
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
        s.fill(theme.fill(sticky));
        s.fillRoundRect(x, y, w, h, RADIUS);
        boolean pivotal = sticky instanceof DomainEvent event && event.isPivotal();
        if (pivotal) {
            // A turning point of the story: a heavy frame, seen from the back of the room.
            s.stroke(theme.stickyText());
            s.lineWidth(Math.max(4, 3.5 * px));
            s.strokeRoundRect(x, y, w, h, RADIUS);
        } else {
            s.stroke(theme.border(sticky));
            s.lineWidth(px);
            s.strokeRoundRect(x, y, w, h, RADIUS);
        }

        double top = y + labelTop;
        if (detailed && !grown) {
            s.font(Surface.Weight.SEMI_BOLD, 9);
            s.fill(theme.stickyKindLabel());
            String label = pivotal ? "PIVOTAL EVENT" : sticky.kind().title().toUpperCase(Locale.ROOT);
            s.fillText(label, x + PADDING, top, Surface.Align.LEFT, Surface.Baseline.TOP);
            top += 14;
        }
        if (card != null) {
            double textTop = grown ? y + NameCards.padding(scale) : detailed ? top : y + PADDING * 0.6;
            paintLines(s, card.lines(), card.size(), card.lineHeight(), x + w / 2, textTop, y + h - NameCards.padding(scale) * 0.6, theme);
        } else if (room == null) {
            double nameSize = Math.max(NAME_SIZE, MIN_SCREEN_TEXT / scale);
            if (nameSize * scale >= MIN_SCREEN_TEXT - 0.01 && nameSize < h * 0.9) {
                double lineHeight = nameSize * 1.22;
                double textTop = detailed ? top : y + PADDING * 0.6;
                int maxLines = (int) Math.max(1, Math.floor((y + h - PADDING * 0.6 - textTop) / lineHeight));
                s.font(Surface.Weight.SEMI_BOLD, nameSize);
                List<String> lines = wrapper.wrap(s, Surface.Weight.SEMI_BOLD, nameSize, sticky.name(),
                        w - 2 * PADDING * (detailed ? 1 : 0.6), maxLines);
                paintLines(s, lines, nameSize, lineHeight, x + w / 2, textTop, y + h - PADDING * 0.6, theme);
            }
        }
        if (look.selected()) {
            s.stroke(theme.accent());
            s.lineWidth(2.5 * px);
            double gap = 3.5 * px;
            s.strokeRoundRect(x - gap, y - gap, w + 2 * gap, h + 2 * gap, RADIUS + gap);
            // the handles stay on the sticky's own box, where a grab takes them
            double handle = 8 * px;
            s.fill(Rgba.WHITE);
            s.fillRect(g.right() - handle / 2, g.bottom() - handle / 2, handle, handle);
            s.lineWidth(1.5 * px);
            s.strokeRect(g.right() - handle / 2, g.bottom() - handle / 2, handle, handle);
        } else if (look.hovered()) {
            s.stroke(theme.accentHover());
            s.lineWidth(1.5 * px);
            s.strokeRoundRect(x - 2 * px, y - 2 * px, w + 4 * px, h + 4 * px, RADIUS);
        }
        if (look.showLinkHandle()) {
            double r = 6 * px;
            s.fill(Rgba.WHITE);
            double cy = g.y() + g.h() / 2.0;
            s.fillOval(g.right() - r, cy - r, 2 * r, 2 * r);
            s.stroke(theme.accent());
            s.lineWidth(2 * px);
            s.strokeOval(g.right() - r, cy - r, 2 * r, 2 * r);
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

    /** Where the sticky shows with its {@code room} on the board: the card its name needs, or else its box. */
    public Area shownArea(Surface s, Sticky sticky, Geometry g, double scale, Area room) {
        NameCard card = nameCard(s, sticky, g, scale, room);
        return card != null && card.grown() ? card.area() : new Area(g.x(), g.y(), g.right(), g.bottom());
    }

    private NameCard nameCard(Surface s, Sticky sticky, Geometry g, double scale, Area room) {
        return cards.cardFor(s, sticky.name(), g, detailed(scale) ? PADDING * 0.8 + 14 : PADDING * 0.6, scale, room).orElse(null);
    }

    /** Whether the kind's label is drawn: 9 board units must come to 7 pixels. */
    private static boolean detailed(double scale) {
        return scale * 9 >= 7;
    }

    /** Lines of a name, centred across at {@code centerX} and down between {@code top} and {@code bottom}. */
    private static void paintLines(Surface s, List<String> lines, double size, double lineHeight, double centerX, double top,
            double bottom, BoardTheme theme) {
        double first = top + Math.max(0, (bottom - top - lines.size() * lineHeight) / 2);
        s.font(Surface.Weight.SEMI_BOLD, size);
        s.fill(theme.stickyText());
        for (int i = 0; i < lines.size(); i++) {
            s.fillText(lines.get(i), centerX, first + i * lineHeight, Surface.Align.CENTER, Surface.Baseline.TOP);
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
