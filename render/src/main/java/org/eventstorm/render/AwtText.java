package org.eventstorm.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Inter faces the app bundles, read by Java2D, and text measured with them: the widths and baselines both the PNG
 * and the SVG picture use, so a name wraps the same in both. Text Inter cannot show (emoji, most scripts) is measured
 * and drawn in Java's logical sans-serif font, which falls back through the system's fonts.
 */
final class AwtText {
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    static {
        JdkFontCache.place();
    }

    private static final Map<Surface.Weight, Font> FACES = load();
    private static final Map<Surface.Weight, Font> FALLBACK = fallback();
    private static final Map<SizeKey, Font> SIZED = new ConcurrentHashMap<>();

    private record SizeKey(Surface.Weight weight, double size, boolean fallback) {
    }

    private AwtText() {
    }

    /** A face of Inter at {@code size}, or the fallback font when Inter cannot show all of {@code text}. */
    static Font font(Surface.Weight weight, double size, String text) {
        Font inter = sized(FACES.get(weight), weight, size, false);
        if (text == null || inter.canDisplayUpTo(text) == -1) {
            return inter;
        }
        return sized(FALLBACK.get(weight), weight, size, true);
    }

    static double width(Font font, String text) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** The baseline for a text whose top (or middle) is at {@code y}. */
    static double baseline(Font font, String text, double y, Surface.Baseline baseline) {
        LineMetrics metrics = font.getLineMetrics(text.isEmpty() ? " " : text, CONTEXT);
        return baseline == Surface.Baseline.TOP ? y + metrics.getAscent() : y + (metrics.getAscent() - metrics.getDescent()) / 2;
    }

    private static Font sized(Font face, Surface.Weight weight, double size, boolean fallback) {
        return SIZED.computeIfAbsent(new SizeKey(weight, size, fallback), key -> face.deriveFont((float) size));
    }

    private static Map<Surface.Weight, Font> load() {
        Map<Surface.Weight, Font> faces = new EnumMap<>(Surface.Weight.class);
        faces.put(Surface.Weight.NORMAL, read("Regular", Font.PLAIN));
        faces.put(Surface.Weight.SEMI_BOLD, read("SemiBold", Font.BOLD));
        faces.put(Surface.Weight.BOLD, read("Bold", Font.BOLD));
        return faces;
    }

    private static Map<Surface.Weight, Font> fallback() {
        Map<Surface.Weight, Font> faces = new EnumMap<>(Surface.Weight.class);
        faces.put(Surface.Weight.NORMAL, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        faces.put(Surface.Weight.SEMI_BOLD, new Font(Font.SANS_SERIF, Font.BOLD, 12));
        faces.put(Surface.Weight.BOLD, new Font(Font.SANS_SERIF, Font.BOLD, 12));
        return faces;
    }

    private static Font read(String face, int fallbackStyle) {
        try (InputStream in = AwtText.class.getResourceAsStream(PictureFonts.resource(face))) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException e) {
            // The logical font below draws the picture instead.
        }
        return new Font(Font.SANS_SERIF, fallbackStyle, 12);
    }
}
