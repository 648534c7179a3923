package org.eventstorm.render;

import java.awt.Font;

/**
 * Writes what the painters draw as SVG elements, in pixels (the transform is applied here, so the file is flat and
 * every viewer shows it alike). Text is placed by Inter's metrics and asks for Inter, falling back to a local
 * sans-serif; nothing is fetched from the network.
 */
public final class SvgSurface implements Surface {
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final int width;
    private final int height;
    private double scale = 1;
    private double translateX;
    private double translateY;
    private Rgba fill = new Rgba(0, 0, 0, 1);
    private double opacity = 1;
    private Rgba stroke = new Rgba(0, 0, 0, 1);
    private double lineWidth = 1;
    private double[] dashes = new double[0];
    private boolean roundCaps;
    private final AwtPen pen = new AwtPen();

    public SvgSurface(int width, int height, String title) {
        this.width = width;
        this.height = height;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append(
                "\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n").append("<title>").append(
                        escape(title)).append("</title>\n");
    }

    /**
     * Adds {@code element} (a whole {@code <metadata>} element, well-formed XML) before anything is drawn; call it
     * first.
     */
    public void metadata(String element) {
        out.append(element);
    }

    /** The finished document. */
    public String document() {
        return out + "</svg>\n";
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    @Override
    public void transform(double newScale, double newTranslateX, double newTranslateY) {
        scale = newScale;
        translateX = newTranslateX;
        translateY = newTranslateY;
    }

    @Override
    public void alpha(double newOpacity) {
        opacity = Math.max(0, Math.min(1, newOpacity));
    }

    @Override
    public void fill(Rgba color) {
        fill = color;
    }

    @Override
    public void stroke(Rgba color) {
        stroke = color;
    }

    @Override
    public void lineWidth(double newWidth) {
        lineWidth = newWidth;
    }

    @Override
    public void dashes(double... lengths) {
        dashes = lengths.clone();
    }

    @Override
    public void roundCaps(boolean round) {
        roundCaps = round;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, true);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, false);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        rect(x, y, w, h, arc, true);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        rect(x, y, w, h, arc, false);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        oval(x, y, w, h, true);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        oval(x, y, w, h, false);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        out.append("<line x1=\"").append(n(sx(x1))).append("\" y1=\"").append(n(sy(y1))).append("\" x2=\"").append(n(sx(x2))).append("\" y2=\"").append(
                n(sy(y2))).append('"');
        strokeAttributes();
        out.append("/>\n");
    }

    @Override
    public void strokeCurve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
        out.append("<path d=\"M").append(n(sx(x1))).append(' ').append(n(sy(y1))).append(" C").append(n(sx(c1x))).append(' ').append(n(sy(c1y))).append(
                ' ').append(n(sx(c2x))).append(' ').append(n(sy(c2y))).append(' ').append(n(sx(x2))).append(' ').append(n(sy(y2))).append("\" fill=\"none\"");
        strokeAttributes();
        out.append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        out.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(sx(xs[i]))).append(',').append(n(sy(ys[i])));
        }
        out.append('"');
        fillAttributes();
        out.append("/>\n");
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
        out.append("<text x=\"").append(n(sx(x))).append("\" y=\"").append(n(sy(AwtText.baseline(font, text, y, baseline)))).append("\" font-family=\"").append(
                PictureFonts.SVG_FAMILY).append("\" font-size=\"").append(n(pen.size() * scale)).append("\" font-weight=\"").append(switch (pen.weight()) {
                    case NORMAL -> "400";
                    case SEMI_BOLD -> "600";
                    case BOLD -> "700";
                }).append('"');
        if (align == Align.CENTER) {
            out.append(" text-anchor=\"middle\"");
        }
        fillAttributes();
        out.append('>').append(escape(text)).append("</text>\n");
    }

    private void rect(double x, double y, double w, double h, double arc, boolean filled) {
        out.append("<rect x=\"").append(n(sx(x))).append("\" y=\"").append(n(sy(y))).append("\" width=\"").append(n(w * scale)).append("\" height=\"").append(
                n(h * scale)).append('"');
        if (arc > 0) {
            out.append(" rx=\"").append(n(arc / 2 * scale)).append('"');
        }
        if (filled) {
            fillAttributes();
        } else {
            out.append(" fill=\"none\"");
            strokeAttributes();
        }
        out.append("/>\n");
    }

    private void oval(double x, double y, double w, double h, boolean filled) {
        out.append("<ellipse cx=\"").append(n(sx(x + w / 2))).append("\" cy=\"").append(n(sy(y + h / 2))).append("\" rx=\"").append(n(w / 2 * scale)).append(
                "\" ry=\"").append(n(h / 2 * scale)).append('"');
        if (filled) {
            fillAttributes();
        } else {
            out.append(" fill=\"none\"");
            strokeAttributes();
        }
        out.append("/>\n");
    }

    private void fillAttributes() {
        if (opacity < 1) {
            out.append(" opacity=\"").append(n(opacity)).append('"');
        }
        out.append(" fill=\"").append(fill.hex()).append('"');
        if (fill.alpha() < 1) {
            out.append(" fill-opacity=\"").append(n(fill.alpha())).append('"');
        }
    }

    private void strokeAttributes() {
        if (opacity < 1) {
            out.append(" opacity=\"").append(n(opacity)).append('"');
        }
        out.append(" stroke=\"").append(stroke.hex()).append("\" stroke-width=\"").append(n(lineWidth * scale)).append('"');
        if (stroke.alpha() < 1) {
            out.append(" stroke-opacity=\"").append(n(stroke.alpha())).append('"');
        }
        if (dashes.length > 0) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                out.append(i == 0 ? "" : " ").append(n(dashes[i] * scale));
            }
            out.append('"');
        }
        out.append(roundCaps ? " stroke-linecap=\"round\"" : " stroke-linecap=\"square\"");
    }

    private double sx(double x) {
        return x * scale + translateX;
    }

    private double sy(double y) {
        return y * scale + translateY;
    }

    /** A number with at most two decimals, no exponent, no trailing zeros: stable and compact. */
    static String n(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        StringBuilder text = new StringBuilder(12);
        if (hundredths < 0) {
            text.append('-');
            hundredths = -hundredths;
        }
        text.append(hundredths / 100).append('.');
        long fraction = hundredths % 100;
        text.append(fraction / 10);
        if (fraction % 10 != 0) {
            text.append(fraction % 10);
        }
        return text.toString();
    }

    /** Text as XML character data: markup escaped, characters XML 1.0 cannot hold replaced. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000 && c <= 0x10FFFF;
                    escaped.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return escaped.toString();
    }
}
