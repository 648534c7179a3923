package org.eventstorm.app.canvas;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.eventstorm.app.theme.Fonts;
import org.eventstorm.render.Rgba;
import org.eventstorm.render.Surface;

/**
 * The shared painters' calls on the canvas's JavaFX graphics context. Colours and fonts are converted once and
 * remembered, so a frame allocates next to nothing.
 */
final class FxSurface implements Surface {
    private GraphicsContext gc;
    private final Map<Rgba, Color> colors = new HashMap<>();
    private final Map<Double, Font>[] fonts;
    private final Text measure = new Text();
    /** Widths measured, by font: laying text out is the dearest part of a frame, and names repeat frame after frame. */
    private final Map<Font, Map<String, Double>> widths = new IdentityHashMap<>();
    private int measured;
    private Font font;

    @SuppressWarnings("unchecked")
    FxSurface(GraphicsContext gc) {
        this.gc = gc;
        this.fonts = new Map[Weight.values().length];
        for (int i = 0; i < fonts.length; i++) {
            fonts[i] = new HashMap<>();
        }
    }

    /** Draws on {@code target} from now on (the canvas's tiles and overlays share one surface and its remembered sizes). */
    FxSurface on(GraphicsContext target) {
        gc = target;
        return this;
    }

    @Override
    public void transform(double scale, double translateX, double translateY) {
        gc.setTransform(scale, 0, 0, scale, translateX, translateY);
    }

    @Override
    public void alpha(double opacity) {
        gc.setGlobalAlpha(Math.max(0, Math.min(1, opacity)));
    }

    @Override
    public void fill(Rgba color) {
        gc.setFill(color(color));
    }

    @Override
    public void stroke(Rgba color) {
        gc.setStroke(color(color));
    }

    @Override
    public void lineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void dashes(double... lengths) {
        if (lengths.length == 0) {
            gc.setLineDashes();
        } else {
            gc.setLineDashes(lengths);
        }
    }

    @Override
    public void roundCaps(boolean round) {
        gc.setLineCap(round ? StrokeLineCap.ROUND : StrokeLineCap.SQUARE);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        gc.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        gc.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokeCurve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.bezierCurveTo(c1x, c1y, c2x, c2y, x2, y2);
        gc.stroke();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        gc.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void font(Weight weight, double size) {
        font = fonts[weight.ordinal()].computeIfAbsent(size, s -> Fonts.of(switch (weight) {
            case NORMAL -> FontWeight.NORMAL;
            case SEMI_BOLD -> FontWeight.SEMI_BOLD;
            case BOLD -> FontWeight.BOLD;
        }, s));
        gc.setFont(font);
    }

    @Override
    public double textWidth(String text) {
        if (widths.size() > 48) {
            widths.clear();
        }
        Map<String, Double> known = widths.computeIfAbsent(font, f -> new HashMap<>());
        Double width = known.get(text);
        if (width == null) {
            if (++measured > 200_000) {
                widths.clear();
                measured = 0;
                known = widths.computeIfAbsent(font, f -> new HashMap<>());
            }
            measure.setFont(font);
            measure.setText(text);
            width = measure.getLayoutBounds().getWidth();
            known.put(text, width);
        }
        return width;
    }

    @Override
    public void fillText(String text, double x, double y, Align align, Baseline baseline) {
        gc.setTextAlign(align == Align.CENTER ? TextAlignment.CENTER : TextAlignment.LEFT);
        gc.setTextBaseline(baseline == Baseline.CENTER ? VPos.CENTER : VPos.TOP);
        gc.fillText(text, x, y);
    }

    /** The JavaFX colour of a theme colour. */
    Color color(Rgba rgba) {
        Color color = colors.get(rgba);
        if (color == null) {
            color = Color.rgb(rgba.red(), rgba.green(), rgba.blue(), rgba.alpha());
            colors.put(rgba, color);
        }
        return color;
    }
}
