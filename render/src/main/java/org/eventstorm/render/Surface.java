package org.eventstorm.render;

/**
 * Where the painters draw: the canvas, a PNG image or an SVG document. Coordinates go through the current transform
 * (screen = world * scale + translate), as on a JavaFX canvas; widths and sizes are in the same units.
 */
public interface Surface {

    /** Text weights the painters use; each surface maps them to its faces of Inter. */
    enum Weight { NORMAL, SEMI_BOLD, BOLD }

    /** Where a text's x is: its left end or its middle. */
    enum Align { LEFT, CENTER }

    /** Where a text's y is: its top or its vertical middle. */
    enum Baseline { TOP, CENTER }

    /** Sets the transform outright: {@code screen = world * scale + (translateX, translateY)}. */
    void transform(double scale, double translateX, double translateY);

    void fill(Rgba color);

    /** How opaque everything drawn from now on is, 0 to 1 (a dimmed kind is drawn at a quarter). */
    void alpha(double opacity);

    void stroke(Rgba color);

    void lineWidth(double width);

    /** Dash lengths, on and off; none for a solid line. */
    void dashes(double... lengths);

    /** Round line ends (arrows) instead of square ones. */
    void roundCaps(boolean round);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    /** {@code arc} is the corner's diameter, as JavaFX and Java2D take it. */
    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** A cubic Bézier curve from (x1, y1) to (x2, y2). */
    void strokeCurve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys);

    void font(Weight weight, double size);

    /** The width of {@code text} in the current font. */
    double textWidth(String text);

    void fillText(String text, double x, double y, Align align, Baseline baseline);
}
