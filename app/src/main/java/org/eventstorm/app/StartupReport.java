package org.eventstorm.app;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * {@code -Deventstorm.exit-when-shown=true}: once the first window has been drawn, prints how long that took from the
 * start of the process and quits. The packaging measures start-up with it (with and without the class-data archive)
 * and records the classes a start loads, for that archive.
 */
final class StartupReport {
    static final String PROPERTY = "eventstorm.exit-when-shown";

    private StartupReport() {
    }

    static boolean wanted() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Waits for a shown window's first frame, then reports and exits. Call on the FX thread after opening it. */
    static void exitWhenShown() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                boolean shown = Window.getWindows().stream().anyMatch(window -> window.isShowing() && window.getScene() != null);
                if (shown && ++frames >= 2) {
                    stop();
                    Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                    System.out.println("shown in " + Duration.between(started, Instant.now()).toMillis() + " ms");
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }
}
