package org.eventstorm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.ExportRun;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.eventcatalog.EventCatalogExporter;
import org.eventstorm.exporters.picture.PictureExporter;
import org.eventstorm.exporters.spec.SpecExporter;
import org.eventstorm.exporters.timeline.TimelineExporter;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.generate.BoardGenerator;

/**
 * Exporting: the median time of each format and of all of them for a generated board, into a fresh folder each run.
 * Target (architecture.md, performance): everything for 5,000 stickies in under 3 s.
 */
public final class ExportBenchmark {
    private static final int WARMUPS = 2;
    private static final int RUNS = 5;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Exporter> exporters = List.of(new SpecExporter(), new TimelineExporter(), new EventCatalogExporter(), new PictureExporter());
        System.out.printf(Locale.ROOT, "Export benchmark: Java %s, %d cores, %d warm-ups, %d runs each%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), WARMUPS, RUNS);
        System.out.println("| stickies | spec | timeline | eventcatalog | picture | all formats | files |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : List.of(500, 5000)) {
            Board board = new BoardGenerator(2026).generate(size);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %,d |", size));
            for (Exporter exporter : exporters) {
                Stopwatch.Timings timings = Stopwatch.time(WARMUPS, RUNS, () -> export(board, List.of(exporter)));
                row.append(String.format(Locale.ROOT, " %.0f ms |", timings.median()));
                deleteFolders();
            }
            int[] files = new int[1];
            Stopwatch.Timings all = Stopwatch.time(WARMUPS, RUNS, () -> files[0] = export(board, exporters));
            row.append(String.format(Locale.ROOT, " %.0f ms | %,d |", all.median(), files[0]));
            deleteFolders();
            System.out.println(row);
        }
        System.out.println();
        System.out.println("each run exports into a new folder (deleted after the timed runs), reading the links once per run; all formats run at once"
                + " (one thread per core), as `eventstorm export` and the app do.");
    }

    /** Exports into a new folder; the folders are deleted after the timed runs, so deleting is not timed. */
    private static int export(Board board, List<Exporter> exporters) throws IOException {
        Path folder = Files.createTempDirectory("eventstorm-export-bench-");
        FOLDERS.add(folder);
        TargetFolder target = TargetFolder.at(folder);
        ExportRun.run(ExportInput.of(board), target, exporters, new ExportRun.Listener() {});
        return target.written().size();
    }

    private static final List<Path> FOLDERS = new ArrayList<>();

    private static void deleteFolders() throws IOException {
        for (Path folder : FOLDERS) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        FOLDERS.clear();
    }
}
