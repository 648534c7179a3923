package org.eventstorm.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.eventstorm.app.canvas.BoardCanvas;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.canvas.Viewport;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.validate.StandardRules;

/**
 * Frame time of the workshop canvas while panning and zooming generated boards of 50, 5,000 and 20,000 stickies: the
 * real {@link BoardCanvas} in a 1600 x 1000 window, JavaFX's software renderer on a headless screen (this machine has
 * no GPU), pulses unthrottled ({@code javafx.animation.fullspeed}), so a frame's time is everything it costs: moving
 * the view, painting the canvas and rasterising it. Reports p50 and p95 per motion, twice: first while the JIT still
 * compiles the canvas's code, then warm; and the CPU a frame took on the application thread, the renderer and the rest
 * of the process ({@code -Dbench.threads=true} names the rest's threads).
 */
public final class FrameBenchmark {
    private static final int WARMUP_FRAMES = Integer.getInteger("bench.warmup", 60);
    /**
     * Times each motion is run in a row: the first pass times the frames while the JIT is still compiling the canvas's
     * code (its compiler threads take half the machine for some ten seconds of zooming), the last the canvas warm.
     */
    private static final int PASSES = Integer.getInteger("bench.passes", 2);
    private static final double[] UNMEASURED = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    private static final int FRAMES = 600;
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;

    private FrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        headless();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        System.out.println("Canvas frame time, " + (int) WIDTH + " x " + (int) HEIGHT + ", software rendering, " + FRAMES
                + " frames per motion after " + WARMUP_FRAMES + " warm-up frames; each motion run " + PASSES
                + " times in a row, the first while the JIT compiles the canvas's code, then warm");
        System.out.printf(Locale.ROOT, "%-10s %-30s %-6s %8s %8s %8s   %s%n", "stickies", "motion", "pass", "p50 ms", "p95 ms", "max ms",
                "CPU ms a frame: FX thread / renderer / rest of the process");
        List<List<double[]>> baseline = null;
        for (int size : sizes()) {
            List<List<double[]>> passes = measure(size);
            if (baseline == null) {
                baseline = passes;
            }
            for (int i = 0; i < MOTIONS.size(); i++) {
                for (int pass = 0; pass < PASSES; pass++) {
                    double[] f = passes.get(pass).get(i);
                    System.out.printf(Locale.ROOT, "%-10d %-30s %-6s %8.2f %8.2f %8.2f   %.1f / %.1f / %.1f   p50 %.2fx of 50%n", size,
                            MOTIONS.get(i).name(), pass == 0 ? "first" : pass == PASSES - 1 ? "warm" : "#" + (pass + 1), f[0], f[1], f[2], f[3],
                            f[4], f[5], f[0] / baseline.get(pass).get(i)[0]);
                }
            }
        }
        Platform.exit();
    }

    /** One way of moving the view: called each frame with the frame number and the viewport. */
    private record Motion(String name, Setup setup, BiConsumer<Integer, Viewport> step, boolean paintsEveryFrame) {
        Motion(String name, Setup setup, BiConsumer<Integer, Viewport> step) {
            this(name, setup, step, true);
        }
    }

    private interface Setup {
        void accept(CanvasViewModel model, Bounds extent);
    }

    private static final List<Motion> MOTIONS = List.of(
            new Motion("pan at 100%", (model, extent) -> {
                model.viewport().setScaleAt(0, 0, 1.0);
                model.viewport().centreOn(extent.getMinX() + WIDTH / 2, extent.getMinY() + extent.getHeight() / 2, WIDTH, HEIGHT);
            }, (frame, viewport) -> viewport.panBy(-14, (frame / 80) % 2 == 0 ? -3 : 3)),
            new Motion("pan at 35% (names only)", (model, extent) -> {
                model.viewport().setScaleAt(0, 0, 0.35);
                model.viewport().centreOn(extent.getMinX() + WIDTH / 0.7, extent.getMinY() + extent.getHeight() / 2, WIDTH, HEIGHT);
            }, (frame, viewport) -> viewport.panBy(-14, 0)),
            new Motion("zoom 100% to 10% and back", (model, extent) -> {
                model.viewport().setScaleAt(0, 0, 1.0);
                model.viewport().centreOn(extent.getMinX() + extent.getWidth() / 2, extent.getMinY() + extent.getHeight() / 2, WIDTH, HEIGHT);
            }, (frame, viewport) -> viewport.zoomAt(WIDTH / 2, HEIGHT / 2, (frame / 75) % 2 == 0 ? 0.97 : 1 / 0.97)),
            new Motion("zoom in notches, resting", (model, extent) -> {
                model.viewport().setScaleAt(0, 0, 1.0);
                model.viewport().centreOn(extent.getMinX() + extent.getWidth() / 2, extent.getMinY() + extent.getHeight() / 2, WIDTH, HEIGHT);
            }, (frame, viewport) -> {
                // four frames of zoom (a notch of the wheel, eased), then sixteen at rest, out to 19 % and back
                if (frame % 20 < 4) {
                    viewport.zoomAt(WIDTH / 2, HEIGHT / 2, (frame / 160) % 2 == 0 ? 0.95 : 1 / 0.95);
                }
            }, false));

    /** Each pass's figures, motion by motion. */
    private static List<List<double[]>> measure(int size) throws Exception {
        Board board = new BoardGenerator(2026).generate(size);
        List<List<double[]>> passes = new ArrayList<>();
        CompletableFuture<Object[]> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            BoardDocument document = BoardDocument.untitled(board, StandardRules.set(), Clock.systemUTC());
            CanvasViewModel model = new CanvasViewModel(document, new Notices());
            BoardCanvas canvas = new BoardCanvas(model);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(canvas), WIDTH, HEIGHT));
            stage.show();
            opened.complete(new Object[] {stage, canvas});
        });
        Object[] window = opened.get(60, TimeUnit.SECONDS);
        Stage stage = (Stage) window[0];
        BoardCanvas canvas = (BoardCanvas) window[1];
        for (int pass = 0; pass < PASSES; pass++) {
            List<double[]> figures = new ArrayList<>();
            for (Motion motion : MOTIONS) {
                figures.add(motion.name().contains(System.getProperty("bench.motions", "")) ? run(canvas, motion) : UNMEASURED);
            }
            passes.add(figures);
        }
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            canvas.detach();
            stage.close();
            closed.countDown();
        });
        closed.await();
        return passes;
    }

    private static double[] run(BoardCanvas canvas, Motion motion) throws Exception {
        List<Double> frames = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        ThreadCpu cpu = new ThreadCpu();
        Platform.runLater(() -> {
            CanvasViewModel model = canvas.model();
            motion.setup().accept(model, model.extent().orElseThrow());
            long paintedBefore = canvas.framesPainted();
            new AnimationTimer() {
                private long last;
                private int frame;

                @Override
                public void handle(long now) {
                    if (last != 0 && frame > WARMUP_FRAMES) {
                        frames.add((now - last) / 1e6);
                    } else if (frame == WARMUP_FRAMES) {
                        cpu.start();
                    }
                    last = now;
                    motion.step().accept(frame++, model.viewport());
                    if (frames.size() >= FRAMES) {
                        stop();
                        cpu.stop();
                        if (motion.paintsEveryFrame() && canvas.framesPainted() - paintedBefore < FRAMES) {
                            throw new IllegalStateException("the canvas painted fewer frames than were timed");
                        }
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException(motion.name() + " did not finish");
        }
        List<Double> sorted = new ArrayList<>(frames);
        Collections.sort(sorted);
        double[] perFrame = cpu.perFrame(FRAMES);
        if (Boolean.getBoolean("bench.threads")) {
            System.out.println("  " + motion.name() + ", other threads, ms a frame: " + cpu.others(FRAMES));
        }
        return new double[] {percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.get(sorted.size() - 1), perFrame[0], perFrame[1],
                perFrame[2]};
    }

    /** {@code -Dbench.sizes=5000} measures one size only, {@code -Dbench.motions=zoom} the motions so named (for profiling). */
    private static int[] sizes() {
        String told = System.getProperty("bench.sizes", "50,5000,20000");
        return Arrays.stream(told.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    static void headless() {
        String[][] defaults = {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"headless.geometry", "1920x1200-32"},
                {"prism.order", "sw"}, {"prism.text", "t2k"}, {"prism.lcdtext", "false"}, {"javafx.animation.fullspeed", "true"},
                {"eventstorm.system-theme", "light"}};
        for (String[] pair : defaults) {
            if (System.getProperty(pair[0]) == null) {
                System.setProperty(pair[0], pair[1]);
            }
        }
    }
}
