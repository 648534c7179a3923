package org.eventstorm.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The Inter typeface, bundled so the canvas reads the same everywhere (SIL Open Font License, fonts/OFL.txt). */
public final class Fonts {
    public static final String FAMILY = "Inter";
    private static final AtomicBoolean LOADED = new AtomicBoolean();

    private Fonts() {
    }

    /** Loads the bundled faces once; falls back to the system font if they cannot be read. */
    public static void load() {
        if (!LOADED.compareAndSet(false, true)) {
            return;
        }
        for (String face : new String[] {"Regular", "Medium", "SemiBold", "Bold"}) {
            try (InputStream in = Fonts.class.getResourceAsStream("/org/eventstorm/app/fonts/Inter-" + face + ".otf")) {
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
