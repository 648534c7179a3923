package org.eventstorm.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws onto a Java2D image: the PNG picture, made without a display, and the canvas's picture while a zoom runs (its
 * pixels are at hand, where a JavaFX canvas's must be read back from the renderer).
 */
public final class Java2dSurface implements Surface {
    private final Graphics2D g;
    private final Map<Rgba, Color> colors = new HashMap<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double lineWidth = 1;
    private float[] dashes;
    private boolean roundCaps;
    private BasicStroke currentStroke;
    /** The path of the curve or polygon being drawn: one for all of them, for a tile draws hundreds. */
    private final Path2D.Double path = new Path2D.Double();
    private final AwtPen pen = new AwtPen();
    /** Pixels of the image to a unit of the surface (2 on a screen of twice the density). */
    private final double pixelScale;

    public Java2dSurface(BufferedImage image) {
        this(image, 1);
    }

    /** A surface whose unit is {@code pixelScale} of the image's pixels. */
    public Java2dSurface(BufferedImage image, double pixelScale) {
        this.pixelScale = pixelScale;
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        transform(1, 0, 0);
    }

    public void dispose() {
        g.dispose();
    }

    @Override
    public void transform(double scale, double translateX, double translateY) {
        g.setTransform(new AffineTransform(scale * pixelScale, 0, 0, scale * pixelScale, translateX * pixelScale, translateY * pixelScale));
    }

    @Override
    public void alpha(double opacity) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.max(0, Math.min(1, opacity))));
    }

    @Override
    public void fill(Rgba color) {
        fill = color(color);
    }

    @Override
    public void stroke(Rgba color) {
        stroke = color(color);
    }

    @Override
    public void lineWidth(double width) {
        if (width != lineWidth) {
            lineWidth = width;
            currentStroke = null;
        }
    }

    @Override
    public void dashes(double... lengths) {
        float[] next = null;
        if (lengths.length > 0) {
            next = new float[lengths.length];
            for (int i = 0; i < lengths.length; i++) {
                next[i] = (float) lengths[i];
            }
        }
        if (!Arrays.equals(next, dashes)) {
            dashes = next;
            currentStroke = null;
        }
    }

    @Override
    public void roundCaps(boolean round) {
        if (round != roundCaps) {
            roundCaps = round;
            currentStroke = null;
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fillShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        strokeShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        fillShape(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        strokeShape(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fillShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        strokeShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        strokeShape(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void strokeCurve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
        path.reset();
        path.moveTo(x1, y1);
        path.curveTo(c1x, c1y, c2x, c2y, x2, y2);
        strokeShape(path);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        path.reset();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        fillShape(path);
    }

    @Override
    public void font(Weight weight, double size) {
        pen.set(weight, size);
    }

    @Override
    public double textWidth(String text) {
        return pen.width(text);
    }

    @Override
    public void fillText(String text, double x, double y, Align align, Baseline baseline) {
        Font font = pen.font(text);
        double left = align == Align.CENTER ? x - AwtText.width(font, text) / 2 : x;
        g.setFont(font);
        g.setColor(fill);
        g.drawString(text, (float) left, (float) AwtText.baseline(font, text, y, baseline));
    }

    private void fillShape(Shape shape) {
        g.setColor(fill);
        g.fill(shape);
    }

    private void strokeShape(Shape shape) {
        if (currentStroke == null) {
            currentStroke = new BasicStroke((float) lineWidth, roundCaps ? BasicStroke.CAP_ROUND : BasicStroke.CAP_SQUARE,
                    BasicStroke.JOIN_MITER, 10f, dashes, 0f);
        }
        g.setStroke(currentStroke);
        g.setColor(stroke);
        g.draw(shape);
    }

    private Color color(Rgba rgba) {
        return colors.computeIfAbsent(rgba, c -> new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255)));
    }
}
