package org.eventstorm.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.Hearing;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.generate.RandomEdits;
import org.eventstorm.model.validate.Validator;

/**
 * The validator: a full validation of a generated 5,000-sticky board (median of several runs), and the time the live
 * validator takes to catch up after each of 1,000 random edits (p50/p95/max). Target (architecture.md, performance):
 * incremental p95 under 2 ms.
 */
public final class ValidationBenchmark {
    private static final int EDITS = 1000;

    private ValidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "Validation benchmark: Java %s, %d cores%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| stickies | full validation (median) | sticky edits: p50 | p95 | max | all edits incl. settings: p95 | max |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : List.of(500, 5000, 20000)) {
            Board board = new BoardGenerator(2026).generate(size);
            Stopwatch.Timings full = Stopwatch.time(3, 9, () -> Validator.validate(board));
            Timed edits = incremental(board);
            System.out.printf(Locale.ROOT, "| %,d | %.1f ms | %.3f ms | %.3f ms | %.2f ms | %.3f ms | %.2f ms |%n", size, full.median(),
                    percentile(edits.stickyEdits(), 50), percentile(edits.stickyEdits(), 95), Collections.max(edits.stickyEdits()),
                    percentile(edits.all(), 95), Collections.max(edits.all()));
        }
        System.out.println();
        System.out.println("incremental = the live validator's update after one edit (timed between a listener registered before it and"
                + " one after it), over 1,000 edits of the property tests' random mix: add, remove, move, edit fields, rename, link,"
                + " unlink, batches and (1 in 20) board settings with new bounded contexts, which re-checks every sticky's context.");
    }

    /**
     * The live validator's work per edit: a listener registered before it notes the time, one registered after it
     * takes the difference, so exactly the validator's incremental update is measured.
     */
    /** Milliseconds per edit: every edit, and the edits that changed stickies only (not the board's settings). */
    private record Timed(List<Double> all, List<Double> stickyEdits) {
    }

    private static Timed incremental(Board template) throws Exception {
        Board warm = copy(template);
        Validator.attach(warm);
        RandomEdits warmup = new RandomEdits(1);
        for (int i = 0; i < 500; i++) {
            apply(warm, warmup);
        }
        Board board = copy(template);
        long[] started = new long[1];
        List<Double> millis = new ArrayList<>();
        List<Double> stickyEdits = new ArrayList<>();
        // In the validator's own turn, added before it: it notes the time just before the validator updates.
        board.addListener(Hearing.DERIVED, change -> started[0] = System.nanoTime());
        Validator live = Validator.attach(board);
        board.addListener(change -> {
            double elapsed = (System.nanoTime() - started[0]) / 1e6;
            millis.add(elapsed);
            if (change.changes().stream().noneMatch(c -> c instanceof Change.SettingsChange)) {
                stickyEdits.add(elapsed);
            }
        });
        RandomEdits edits = new RandomEdits(99);
        while (millis.size() < EDITS) {
            apply(board, edits);
        }
        if (!live.findings().equals(Validator.validate(board))) {
            throw new IllegalStateException("the live validator disagrees with a full validation");
        }
        return new Timed(millis, stickyEdits);
    }

    /** Nanoseconds the edit took, or -1 when the board refused it. */
    private static long apply(Board board, RandomEdits edits) {
        var edit = edits.next(board);
        long start = System.nanoTime();
        try {
            board.apply(edit);
        } catch (EditRefused refused) {
            return -1;
        }
        return System.nanoTime() - start;
    }

    private static Board copy(Board board) {
        var snapshot = board.snapshot();
        return Board.of(snapshot.settings(), snapshot.stickies(), snapshot.geometry());
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
