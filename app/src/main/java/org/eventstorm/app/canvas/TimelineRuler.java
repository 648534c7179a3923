package org.eventstorm.app.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.timeline.Step;
import org.eventstorm.model.timeline.TimelineBuilder;
import org.eventstorm.render.BoardTheme;
import org.eventstorm.render.Surface;

/**
 * The band along the top of the canvas: the timeline's steps numbered as {@code timeline.md} and presentation mode
 * number them (one ordering, {@link TimelineBuilder}), each tick above the sticky the step is about, so a facilitator
 * far into a long board still knows where in the story they are. Working the steps out costs about 0.1 s at 2,000
 * stickies and 2 s at 20,000, so beyond a small board it is done once edits pause, on a copy of the board, off the
 * window's thread; the band keeps its ticks until then. A frame draws only the ticks in view.
 */
final class TimelineRuler {
    static final double HEIGHT = 22;
    private static final double MIN_LABEL_GAP = 26;
    /** Up to this many stickies the steps are worked out at once, after every edit (a few milliseconds). */
    private static final int AT_ONCE = 100;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "timeline-ruler");
        thread.setDaemon(true);
        return thread;
    });

    private final PauseTransition pause = new PauseTransition(Duration.millis(350));
    private final Runnable changed;
    private long revision = -1;
    private long waitingFor = -1;
    private Board waiting;
    private double[] centres = new double[0];
    private int[] numbers = new int[0];

    /** @param changed told when ticks worked out off the window's thread are ready, to draw them */
    TimelineRuler(Runnable changed) {
        this.changed = changed;
        pause.setOnFinished(event -> {
            if (waiting != null) {
                workOutAside(waiting);
                waiting = null;
            }
        });
    }

    /** Paints the band in screen coordinates, over the top of the view. */
    void paint(Surface s, Board board, Viewport viewport, double width, BoardTheme theme) {
        refresh(board);
        s.fill(theme.laneHeaderFill());
        s.fillRect(0, 0, width, HEIGHT);
        s.stroke(theme.laneLine());
        s.lineWidth(1);
        s.strokeLine(0, HEIGHT - 0.5, width, HEIGHT - 0.5);
        if (centres.length == 0) {
            return;
        }
        double left = viewport.toWorld(0, 0).getX();
        int first = Math.max(0, lowerBound(left) - 1);
        s.font(Surface.Weight.SEMI_BOLD, 10);
        double lastLabel = -Double.MAX_VALUE;
        for (int i = first; i < centres.length; i++) {
            double x = viewport.toScreen(centres[i], 0).getX();
            if (x > width + 20) {
                break;
            }
            if (x < -20) {
                continue;
            }
            s.stroke(theme.laneSubtitle());
            s.strokeLine(x, HEIGHT - 6, x, HEIGHT - 1);
            if (x - lastLabel >= MIN_LABEL_GAP) {
                s.fill(theme.laneTitle());
                s.fillText(String.valueOf(numbers[i]), x, 4, Surface.Align.CENTER, Surface.Baseline.TOP);
                lastLabel = x;
            }
        }
    }

    /**
     * What the band shows in this view, as a number that changes when a tick or a label in view would: an edit out of
     * view (a workshop appending events at the end of the timeline) leaves it as it is, so the band is not drawn again.
     */
    long shown(Board board, Viewport viewport, double width) {
        refresh(board);
        double left = viewport.toWorld(0, 0).getX();
        double right = viewport.toWorld(width, 0).getX();
        int first = Math.max(0, lowerBound(left) - 1);
        long hash = first;
        for (int i = first; i < centres.length && centres[i] <= right + 40; i++) {
            hash = (hash * 31 + Double.hashCode(centres[i])) * 31 + numbers[i];
        }
        return hash;
    }

    /** The step numbers along the band, left to right. */
    int[] numbers(Board board) {
        refresh(board);
        return numbers.clone();
    }

    private int lowerBound(double x) {
        int found = Arrays.binarySearch(centres, x);
        return found >= 0 ? found : -found - 1;
    }

    private void refresh(Board board) {
        if (board.revision() == revision) {
            return;
        }
        if (board.size() <= AT_ONCE) {
            compute(board);
        } else if (revision == -1 && waitingFor == -1) {
            waitingFor = board.revision();
            workOutAside(board);
        } else if (board.revision() != waitingFor) {
            // Keep the ticks as they are while a large board is being edited; work them out when the edits pause.
            waiting = board;
            waitingFor = board.revision();
            pause.playFromStart();
        }
    }

    /** Works the ticks out on a copy of the board, off the window's thread, and shows them if nothing newer came first. */
    private void workOutAside(Board board) {
        long asOf = board.revision();
        BoardSnapshot snapshot = board.snapshot();
        WORKER.execute(() -> {
            Ticks ticks = ticks(Board.of(snapshot.settings(), snapshot.stickies(), snapshot.geometry()));
            Platform.runLater(() -> {
                if (asOf >= revision) {
                    revision = asOf;
                    centres = ticks.centres();
                    numbers = ticks.numbers();
                    changed.run();
                }
            });
        });
    }

    private void compute(Board board) {
        revision = board.revision();
        Ticks ticks = ticks(board);
        centres = ticks.centres();
        numbers = ticks.numbers();
    }

    /** The steps' ticks, left to right. */
    private record Ticks(double[] centres, int[] numbers) {
    }

    private static Ticks ticks(Board board) {
        List<Step> steps = new TimelineBuilder(board, new LinkIndex(BoardLinks.of(board))).build().steps();
        record Tick(double x, int number) {
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Geometry place = board.geometry(steps.get(i).anchor()).orElse(null);
            if (place != null) {
                ticks.add(new Tick(place.centerX(), i + 1));
            }
        }
        ticks.sort(Comparator.comparingDouble(Tick::x).thenComparingInt(Tick::number));
        return new Ticks(ticks.stream().mapToDouble(Tick::x).toArray(), ticks.stream().mapToInt(Tick::number).toArray());
    }
}
