package org.eventstorm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.problems.ProblemsViewModel;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.generate.RandomEdits;
import org.eventstorm.model.validate.StandardRules;

/**
 * One edit through the app's document, as the canvas, the inspector and a workshop participant make it: the board
 * applies it, the validator catches up, the document works out whether the board has unsaved changes, and the problems
 * panel follows. 1,000 random edits (after 300 to warm up) on a generated board that was saved and read back, so the
 * document compares with real files; p50, p95 and max per edit. {@code -Dbench.sizes=5000} for one size.
 */
public final class EditBenchmark {
    private static final int WARMUP = 300;
    private static final int EDITS = 1000;

    private EditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "Edit benchmark: Java %s, %d cores%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| stickies | one edit through the document: p50 | p95 | max |");
        System.out.println("|---:|---:|---:|---:|");
        for (String told : System.getProperty("bench.sizes", "500,5000").split(",")) {
            int size = Integer.parseInt(told.strip());
            List<Double> millis = edits(size);
            System.out.printf(Locale.ROOT, "| %,d | %.3f ms | %.3f ms | %.2f ms |%n", size, percentile(millis, 50), percentile(millis, 95),
                    Collections.max(millis));
        }
    }

    private static List<Double> edits(int size) throws Exception {
        Path folder = Files.createTempDirectory("edit-benchmark");
        BoardFiles.forNewBoard(folder).save(new BoardGenerator(2026).generate(size));
        LoadedBoard loaded = BoardReader.read(folder);
        Board board = loaded.board();
        BoardDocument document = BoardDocument.opened(folder, loaded, StandardRules.set(), Clock.systemUTC());
        ProblemsViewModel problems = new ProblemsViewModel(document, null, definition -> {});
        RandomEdits edits = new RandomEdits(99);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; millis.size() < EDITS; i++) {
            var edit = edits.next(board);
            long started = System.nanoTime();
            boolean applied = document.apply(edit).isApplied();
            double elapsed = (System.nanoTime() - started) / 1e6;
            if (applied && i >= WARMUP) {
                millis.add(elapsed);
            }
        }
        if (problems.rows().isEmpty() && !document.findings().isEmpty()) {
            throw new IllegalStateException("the problems panel did not follow the findings");
        }
        return millis;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
