package org.eventstorm.app.theme;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The application icon, drawn (not a bitmap kept in git), so every size each platform needs comes out sharp: a
 * slate tile holding the flow the app is about, three sticky notes in the kinds' own colours (a command, the domain
 * event it produces, a policy), slightly askew, as on a workshop wall, joined by an arrow. Small sizes leave out
 * what cannot be seen.
 */
public final class AppIcon {
    /** The sizes the platforms ask for: Linux hicolor, Windows .ico, macOS .icns. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);
    private static final Color TILE_TOP = new Color(0x2B3440);
    private static final Color TILE_BOTTOM = new Color(0x161B22);

    private AppIcon() {
    }

    /** The icon at {@code size} x {@code size} pixels, with a transparent margin. */
    public static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 1024.0, size / 1024.0);
            paint(g, size);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints in a 1024 x 1024 space. */
    private static void paint(Graphics2D g, int size) {
        boolean small = size < 48;
        double margin = small ? 24 : 64;
        RoundRectangle2D tile = new RoundRectangle2D.Double(margin, margin, 1024 - 2 * margin, 1024 - 2 * margin, 220, 220);
        if (!small) {
            g.setColor(new Color(0, 0, 0, 60));
            g.fill(new RoundRectangle2D.Double(margin, margin + 14, 1024 - 2 * margin, 1024 - 2 * margin, 220, 220));
        }
        g.setPaint(new GradientPaint(0, (float) margin, TILE_TOP, 0, (float) (1024 - margin), TILE_BOTTOM));
        g.fill(tile);
        if (!small) {
            g.setColor(new Color(255, 255, 255, 22));
            g.setStroke(new BasicStroke(6f));
            g.draw(tile);
        }
        if (small) {
            sticky(g, StickyKind.COMMAND, 150, 330, 330, 330, -4, false);
            sticky(g, StickyKind.EVENT, 420, 300, 360, 360, 3, false);
            return;
        }
        arrow(g);
        sticky(g, StickyKind.COMMAND, 150, 250, 290, 290, -6, true);
        sticky(g, StickyKind.EVENT, 380, 380, 320, 320, 4, true);
        sticky(g, StickyKind.POLICY, 610, 230, 260, 260, -3, true);
    }

    /** One note: a square of the kind's colour with a curled lower-right corner, a soft shadow and two lines of "text". */
    private static void sticky(Graphics2D g, StickyKind kind, double x, double y, double w, double h, double degrees, boolean detail) {
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(degrees), x + w / 2, y + h / 2);
        Color colour = Color.decode(kind.hex());
        double curl = w * 0.16;
        Path2D note = new Path2D.Double();
        note.moveTo(x, y);
        note.lineTo(x + w, y);
        note.lineTo(x + w, y + h - curl);
        note.lineTo(x + w - curl, y + h);
        note.lineTo(x, y + h);
        note.closePath();
        if (detail) {
            g.setColor(new Color(0, 0, 0, 90));
            g.translate(10, 18);
            g.fill(note);
            g.translate(-10, -18);
        }
        g.setPaint(new GradientPaint((float) x, (float) y, towardWhite(colour, 0.22), (float) x, (float) (y + h), colour));
        g.fill(note);
        Path2D fold = new Path2D.Double();
        fold.moveTo(x + w, y + h - curl);
        fold.lineTo(x + w - curl, y + h - curl);
        fold.lineTo(x + w - curl, y + h);
        fold.closePath();
        g.setColor(towardBlack(colour, 0.28));
        g.fill(fold);
        if (detail) {
            g.setColor(new Color(0x1B1F24));
            g.setStroke(new BasicStroke((float) (h * 0.07), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double left = x + w * 0.17;
            g.draw(new Line2D.Double(left, y + h * 0.3, x + w * 0.78, y + h * 0.3));
            g.setColor(new Color(27, 31, 36, 140));
            g.setStroke(new BasicStroke((float) (h * 0.05), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(left, y + h * 0.5, x + w * 0.6, y + h * 0.5));
        }
        g.setTransform(saved);
    }

    private static Color towardWhite(Color colour, double amount) {
        return new Color(mix(colour.getRed(), 255, amount), mix(colour.getGreen(), 255, amount), mix(colour.getBlue(), 255, amount));
    }

    private static Color towardBlack(Color colour, double amount) {
        return new Color(mix(colour.getRed(), 0, amount), mix(colour.getGreen(), 0, amount), mix(colour.getBlue(), 0, amount));
    }

    private static int mix(int from, int to, double amount) {
        return (int) Math.round(from + (to - from) * amount);
    }

    /** The flow: an arrow curving from the command, under the event, up to the policy. */
    private static void arrow(Graphics2D g) {
        g.setColor(new Color(0xE5E7EB));
        g.setStroke(new BasicStroke(30f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D curve = new Path2D.Double();
        curve.moveTo(300, 620);
        curve.curveTo(330, 860, 760, 880, 780, 560);
        g.draw(curve);
        Path2D head = new Path2D.Double();
        head.moveTo(780, 500);
        head.lineTo(850, 610);
        head.lineTo(712, 606);
        head.closePath();
        g.fill(head);
    }
}
