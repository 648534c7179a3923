package org.eventstorm.app;

import com.sun.javafx.perf.PerformanceTracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code -Deventstorm.exit-when-shown=true}: prints how long after the start of the process the first window's first
 * frame was on the screen ("shown") and the first frame with all of its panels ("complete"), then quits. The packaging
 * measures start-up with it (with and without the class-data archive) and records the classes a start loads.
 *
 * <p>A frame counts when the renderer has presented it (JavaFX's frame-rendered hook, which needs
 * {@code --add-exports javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED} where JavaFX is a module, as in the app image);
 * where the hook cannot be reached, the second pulse after showing stands in for it.
 */
final class StartupReport {
    static final String PROPERTY = "eventstorm.exit-when-shown";
    /** USER_HZ: the unit of /proc's process times, 100 on every Linux the JDK runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Stage stage;
    private final ObservableBooleanValue complete;
    private volatile long shownMillis = -1;
    /** Set on the FX thread once the pulse laying out the complete window has run; its frame is the next one presented. */
    private volatile boolean completeLaidOut;
    private final AtomicBoolean reported = new AtomicBoolean();

    private StartupReport(Stage stage, ObservableBooleanValue complete) {
        this.stage = stage;
        this.complete = complete;
    }

    static boolean wanted() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Watches {@code stage}'s frames; call on the FX thread right after showing it. */
    static void exitWhenComplete(Stage stage, ObservableBooleanValue complete) {
        StartupReport report = new StartupReport(stage, complete);
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(() -> report.completeLaidOut = report.completeLaidOut || report.complete.get());
        try {
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(report::framePresented);
        } catch (IllegalAccessError notExported) {
            report.countPulses();
        }
    }

    private void framePresented() {
        boolean wholeWindow = completeLaidOut;
        long now = sinceStart();
        if (shownMillis < 0) {
            shownMillis = now;
        }
        if (wholeWindow) {
            report(now);
        }
    }

    private void countPulses() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (stage.isShowing() && ++frames == 2) {
                    shownMillis = sinceStart();
                }
                if (frames >= 2 && completeLaidOut) {
                    stop();
                    report(sinceStart());
                }
            }
        }.start();
    }

    private void report(long completeMillis) {
        if (reported.getAndSet(true)) {
            return;
        }
        System.out.println("shown in " + shownMillis + " ms, complete in " + completeMillis + " ms");
        System.out.flush();
        Platform.runLater(() -> {
            Platform.exit();
            System.exit(0);
        });
    }

    /**
     * Milliseconds since the process started. On Linux from {@code /proc}: the process's start in clock ticks after
     * boot against the time since boot, both to 10 ms. {@link ProcessHandle.Info#startInstant()} adds the boot time,
     * which Linux gives in whole seconds, so it is up to a second early (half a second on this machine).
     */
    static long sinceStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptimeSeconds * 1000) - startTicks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException notLinux) {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return Duration.between(started, Instant.now()).toMillis();
        }
    }
}
