package org.eventstorm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.problems.ProblemsViewModel;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Naming;
import org.eventstorm.model.board.Naming.EventTypeStyle;
import org.eventstorm.model.edit.EditSettings;
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
 * document compares with real files; p50, p95 and max per edit. {@code -Dbench.sizes=5000} for one size. Then the edits a
 * person makes in the board's settings, which reach every sticky's verdicts, kind by kind on a board of
 * {@code bench.settings.size} stickies (50,000).
 */
public final class EditBenchmark {
    private static final int WARMUP = 300;
    private static final int EDITS = 1000;
    private static final int SETTINGS_WARMUP = 5;
    private static final int SETTINGS_EDITS = 15;

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
        System.out.println();
        int size = Integer.getInteger("bench.settings.size", 50_000);
        System.out.printf(Locale.ROOT, "Settings edits on %,d stickies, each made and taken back %d times (after %d to warm up):%n%n", size,
                SETTINGS_EDITS, SETTINGS_WARMUP);
        System.out.println("| settings edit | p50 | p95 | max |");
        System.out.println("|---|---:|---:|---:|");
        settingsEdits(size);
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

    /**
     * The edits a person makes in the board's settings, each a pair of settings it toggles between: the validator
     * re-grades what it holds or re-checks the stickies the change concerns; the last rows change what every sticky of
     * a context, or every name, is checked against, so their findings change with them.
     */
    private static void settingsEdits(int size) throws Exception {
        Path folder = Files.createTempDirectory("edit-benchmark");
        BoardFiles.forNewBoard(folder).save(new BoardGenerator(2026).generate(size));
        LoadedBoard loaded = BoardReader.read(folder);
        BoardDocument document = BoardDocument.opened(folder, loaded, StandardRules.set(), Clock.systemUTC());
        ProblemsViewModel problems = new ProblemsViewModel(document, null, definition -> {});
        BoardSettings start = document.board().settings();
        List<BoundedContext> contexts = start.contexts();
        List<BoundedContext> oneMore = new ArrayList<>(contexts);
        oneMore.add(BoundedContext.of("Added In Settings", "added-service", null));
        Map<String, UnaryOperator<BoardSettings>> kinds = new LinkedHashMap<>();
        kinds.put("rename the board", settings -> settings.withTitle("Renamed"));
        kinds.put("level: design to process", settings -> settings.withLevel(Level.PROCESS));
        kinds.put("level: design to big picture", settings -> settings.withLevel(Level.BIG_PICTURE));
        kinds.put("turn a rule off", settings -> settings.withRules(Map.of("event-without-consumer", "off")));
        kinds.put("make a rule an error", settings -> settings.withRules(Map.of("event-without-schema", "error")));
        kinds.put("add a bounded context", settings -> settings.withContexts(oneMore));
        kinds.put("rename a bounded context its stickies name", settings -> settings.withContexts(renamedFirst(contexts)));
        kinds.put("names in another language", settings -> settings.withNaming(settings.naming().withLanguage("de")));
        kinds.put("event types in the CloudEvents style",
                settings -> settings.withNaming(new Naming(settings.naming().language(), EventTypeStyle.CLOUDEVENTS)));
        for (Map.Entry<String, UnaryOperator<BoardSettings>> kind : kinds.entrySet()) {
            BoardSettings changed = kind.getValue().apply(start);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < SETTINGS_WARMUP + SETTINGS_EDITS; i++) {
                for (BoardSettings next : List.of(changed, start)) {
                    long started = System.nanoTime();
                    document.apply(new EditSettings(next));
                    double elapsed = (System.nanoTime() - started) / 1e6;
                    if (i >= SETTINGS_WARMUP) {
                        millis.add(elapsed);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %.3f ms | %.3f ms | %.2f ms |%n", kind.getKey(), percentile(millis, 50), percentile(millis, 95),
                    Collections.max(millis));
        }
        if (problems.rows().isEmpty() && !document.findings().isEmpty()) {
            throw new IllegalStateException("the problems panel did not follow the findings");
        }
    }

    private static List<BoundedContext> renamedFirst(List<BoundedContext> contexts) {
        List<BoundedContext> renamed = new ArrayList<>(contexts);
        BoundedContext first = renamed.get(0);
        renamed.set(0, new BoundedContext(first.name() + " Renamed", first.service(), first.swimlane(), first.extra()));
        return renamed;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
