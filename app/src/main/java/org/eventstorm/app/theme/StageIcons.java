package org.eventstorm.app.theme;

import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app's icon on every window (title bar, task bar, window switcher), at the sizes desktops pick from. */
public final class StageIcons {
    private static volatile List<Image> icons;

    private StageIcons() {
    }

    public static void apply(Stage stage) {
        List<Image> images = icons;
        if (images == null) {
            images = List.of(16, 32, 48, 64, 128, 256).stream().map(size -> (Image) SwingFXUtils.toFXImage(AppIcon.draw(size), null)).toList();
            icons = images;
        }
        stage.getIcons().setAll(images);
    }

    /** The icon at one size, for a window's own use (the welcome screen shows it large). */
    public static Image at(int size) {
        return SwingFXUtils.toFXImage(AppIcon.draw(size), null);
    }
}
