package org.eventstorm.app.window;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.eventstorm.render.Java2dSurface;
import org.eventstorm.render.Rgba;
import org.eventstorm.render.Surface;

/**
 * A surface that draws onto an image as the canvas's tiles do and notes every piece of text drawn: what it says, how
 * high its type is on screen and the box it takes there. What a test measures of what the screen shows.
 */
final class RecordedText implements Surface {
    /** A piece of text as drawn, in screen pixels. */
    record Drawn(String text, double pixels, double left, double top, double right, double bottom) {
        boolean overlaps(Drawn other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    private final Java2dSurface image;
    private final List<Drawn> drawn = new ArrayList<>();
    private double scale = 1;
    private double translateX;
    private double translateY;
    private double fontSize = 12;

    RecordedText(BufferedImage target) {
        this.image = new Java2dSurface(target);
    }

    List<Drawn> drawn() {
        return List.copyOf(drawn);
    }

    @Override
    public void transform(double scale, double translateX, double translateY) {
        this.scale = scale;
        this.translateX = translateX;
        this.translateY = translateY;
        image.transform(scale, translateX, translateY);
    }

    @Override
    public void font(Weight weight, double size) {
        fontSize = size;
        image.font(weight, size);
    }

    @Override
    public void fillText(String text, double x, double y, Align align, Baseline baseline) {
        double width = image.textWidth(text);
        double left = align == Align.CENTER ? x - width / 2 : x;
        double top = baseline == Baseline.CENTER ? y - fontSize / 2 : y;
        drawn.add(new Drawn(text, fontSize * scale, left * scale + translateX, top * scale + translateY, (left + width) * scale + translateX,
                (top + fontSize) * scale + translateY));
        image.fillText(text, x, y, align, baseline);
    }

    @Override
    public double textWidth(String text) {
        return image.textWidth(text);
    }

    @Override
    public void fill(Rgba color) {
        image.fill(color);
    }

    @Override
    public void alpha(double opacity) {
        image.alpha(opacity);
    }

    @Override
    public void stroke(Rgba color) {
        image.stroke(color);
    }

    @Override
    public void lineWidth(double width) {
        image.lineWidth(width);
    }

    @Override
    public void dashes(double... lengths) {
        image.dashes(lengths);
    }

    @Override
    public void roundCaps(boolean round) {
        image.roundCaps(round);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        image.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        image.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        image.fillRoundRect(x, y, w, h, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        image.strokeRoundRect(x, y, w, h, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        image.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        image.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        image.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokeCurve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
        image.strokeCurve(x1, y1, c1x, c1y, c2x, c2y, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        image.fillPolygon(xs, ys);
    }
}
