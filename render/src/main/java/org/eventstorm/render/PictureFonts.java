package org.eventstorm.render;

import java.util.List;

/**
 * Where the bundled Inter typeface lives (SIL Open Font License 1.1, {@code OFL.txt} beside it): the canvas and the
 * pictures read the same files, so text measures alike in both.
 */
public final class PictureFonts {
    /** The faces bundled, by the suffix of their file name. */
    public static final List<String> FACES = List.of("Regular", "Medium", "SemiBold", "Bold");
    /** The family name the faces register under. */
    public static final String FAMILY = "Inter";
    /** What an SVG asks for: Inter where installed, else a close sans-serif; never a font from the network. */
    static final String SVG_FAMILY = "Inter, 'Inter var', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    private PictureFonts() {
    }

    /** The class-path resource of one face ({@code /org/eventstorm/fonts/Inter-SemiBold.otf}). */
    public static String resource(String face) {
        return "/org/eventstorm/fonts/Inter-" + face + ".otf";
    }
}
