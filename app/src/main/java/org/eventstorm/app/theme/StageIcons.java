package org.eventstorm.app.theme;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

/**
 * The app's icon on every window (title bar, task bar, window switcher), at the sizes desktops pick from. Drawing it
 * starts Java2D (about a quarter of a second), so it is drawn once, off the FX thread, and set when ready: the first
 * window does not wait for it.
 */
public final class StageIcons {
    private static final List<Integer> STAGE_SIZES = List.of(16, 32, 48, 64, 128, 256);
    private static final int LARGE = 96;
    private static volatile CompletableFuture<List<Image>> icons;

    private StageIcons() {
    }

    /** Gives {@code stage} the icon as soon as it is drawn. */
    public static void apply(Stage stage) {
        drawn().thenAccept(images -> Platform.runLater(() -> stage.getIcons().setAll(images.subList(0, STAGE_SIZES.size()))));
    }

    /** Shows the icon large (96 pixels) in {@code view} as soon as it is drawn; the welcome screen's. */
    public static void showLarge(ImageView view) {
        view.setFitWidth(LARGE);
        view.setFitHeight(LARGE);
        drawn().thenAccept(images -> Platform.runLater(() -> view.setImage(images.get(STAGE_SIZES.size()))));
    }

    private static CompletableFuture<List<Image>> drawn() {
        CompletableFuture<List<Image>> started = icons;
        if (started == null) {
            synchronized (StageIcons.class) {
                if (icons == null) {
                    icons = CompletableFuture.supplyAsync(() -> Stream.concat(STAGE_SIZES.stream(), Stream.of(LARGE))
                            .map(size -> (Image) SwingFXUtils.toFXImage(AppIcon.draw(size), null)).toList());
                }
                started = icons;
            }
        }
        return started;
    }
}
