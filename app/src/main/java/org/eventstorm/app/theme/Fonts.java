package org.eventstorm.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.eventstorm.render.PictureFonts;

/**
 * The Inter typeface, bundled so the canvas reads the same everywhere and measures as the exported pictures do
 * (SIL Open Font License, beside the faces in the exporters' jar).
 */
public final class Fonts {
    public static final String FAMILY = PictureFonts.FAMILY;
    private static final AtomicBoolean LOADED = new AtomicBoolean();

    private Fonts() {
    }

    /** Loads the bundled faces once; falls back to the system font if they cannot be read. */
    public static void load() {
        if (!LOADED.compareAndSet(false, true)) {
            return;
        }
        for (String face : PictureFonts.FACES) {
            try (InputStream in = Fonts.class.getResourceAsStream(PictureFonts.resource(face))) {
                if (in != null) {
                    Font.loadFont(in, 12);
                }
            } catch (IOException e) {
                // The system font is used instead.
            }
        }
    }

    public static Font of(FontWeight weight, double size) {
        load();
        return Font.font(FAMILY, weight, size);
    }
}
