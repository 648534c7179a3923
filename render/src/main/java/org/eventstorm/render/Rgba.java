package org.eventstorm.render;

/**
 * A colour with opacity, in the sRGB the canvas and every export share.
 *
 * @param alpha 0 (transparent) to 1 (opaque)
 */
public record Rgba(int red, int green, int blue, double alpha) {
    public static final Rgba WHITE = new Rgba(255, 255, 255, 1);

    public Rgba {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channels run from 0 to 255: " + red + ", " + green + ", " + blue);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("opacity runs from 0 to 1: " + alpha);
        }
    }

    /** {@code #RRGGBB}, opaque. */
    public static Rgba web(String hex) {
        return web(hex, 1);
    }

    public static Rgba web(String hex, double alpha) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (!digits.matches("[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
        }
        int value = Integer.parseInt(digits, 16);
        return new Rgba(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF, alpha);
    }

    public Rgba withAlpha(double newAlpha) {
        return new Rgba(red, green, blue, newAlpha);
    }

    /** The colour with its HSB saturation, brightness and opacity scaled (as JavaFX's {@code deriveColor} does). */
    public Rgba derive(double saturationFactor, double brightnessFactor, double opacityFactor) {
        double r = red / 255.0;
        double g = green / 255.0;
        double b = blue / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double brightness = max;
        double saturation = max == 0 ? 0 : (max - min) / max;
        double hue = 0;
        if (max != min) {
            double delta = max - min;
            if (max == r) {
                hue = ((g - b) / delta) % 6;
            } else if (max == g) {
                hue = (b - r) / delta + 2;
            } else {
                hue = (r - g) / delta + 4;
            }
            hue = (hue * 60 + 360) % 360;
        }
        saturation = clamp(saturation * saturationFactor);
        brightness = clamp(brightness * brightnessFactor);
        double c = brightness * saturation;
        double x = c * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = brightness - c;
        double[] rgb = switch ((int) (hue / 60) % 6) {
            case 0 -> new double[] {c, x, 0};
            case 1 -> new double[] {x, c, 0};
            case 2 -> new double[] {0, c, x};
            case 3 -> new double[] {0, x, c};
            case 4 -> new double[] {x, 0, c};
            default -> new double[] {c, 0, x};
        };
        return new Rgba(channel(rgb[0] + m), channel(rgb[1] + m), channel(rgb[2] + m), clamp(alpha * opacityFactor));
    }

    /** {@code #RRGGBB}, without the opacity (SVG writes it apart). */
    public String hex() {
        return String.format("#%02X%02X%02X", red, green, blue);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static int channel(double value) {
        return (int) Math.round(clamp(value) * 255);
    }
}
