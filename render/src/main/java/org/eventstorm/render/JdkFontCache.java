package org.eventstorm.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The JDK keeps what fontconfig told it about the system's fonts in {@code ~/.java/fonts}, written the first time a
 * font is measured; it reads the home folder from {@code user.home} once, then. A picture drawn by an export would
 * leave that folder behind in the home folder of whoever ran it (a CI runner, a colleague), so the first font is
 * measured here with {@code user.home} pointing into the tool's cache folder for that moment. Where the cache folder
 * cannot be used the JDK keeps its own place.
 */
public final class JdkFontCache {
    private static boolean placed;

    private JdkFontCache() {
    }

    /** Has the JDK read its font configuration, keeping it in the cache folder; only the first call does anything. */
    public static synchronized void place() {
        if (placed) {
            return;
        }
        placed = true;
        Path home;
        try {
            home = CacheFolder.ensurePrivate(CacheFolder.ofThisUser()).resolve("jdk");
            CacheFolder.ensurePrivate(home);
        } catch (IOException e) {
            home = null;
        }
        String userHome = System.getProperty("user.home");
        if (home != null) {
            System.setProperty("user.home", home.toString());
        }
        try {
            new Font(Font.SANS_SERIF, Font.PLAIN, 12).getStringBounds("x", new FontRenderContext(null, true, true));
        } finally {
            System.setProperty("user.home", userHome);
        }
    }
}
