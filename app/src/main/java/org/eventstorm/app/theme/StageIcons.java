package org.eventstorm.app.theme;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

/**
 * The app's icon on every window (title bar, task bar, window switcher), at the sizes desktops pick from. Drawing it
 * starts Java2D (about a quarter of a second), so it is drawn once, off the FX thread, and set when ready: the first
 * window does not wait for it, and a board's first window does not even share the machine with it (measured on two
 * cores: the board on screen 75 ms sooner, the whole window 0.2 s).
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

    /**
     * Gives {@code stage} the icon once {@code ready} is true: a board's first window has it drawn once all of its
     * panels are in, so that drawing it (on a core of its own) does not slow the start down.
     */
    public static void apply(Stage stage, ObservableBooleanValue ready) {
        if (ready.get()) {
            apply(stage);
            return;
        }
        ready.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (ready.get()) {
                    ready.removeListener(this);
                    apply(stage);
                }
            }
        });
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
                    icons = CompletableFuture.supplyAsync(() -> Stream.concat(STAGE_SIZES.stream(), Stream.of(LARGE)).map(
                            size -> (Image) SwingFXUtils.toFXImage(AppIcon.draw(size), null)).toList());
                }
                started = icons;
            }
        }
        return started;
    }
}
