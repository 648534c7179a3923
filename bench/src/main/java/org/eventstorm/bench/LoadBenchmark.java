package org.eventstorm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.validate.Validator;

/**
 * Opening a board: the median time to load a generated board with {@link BoardReader}, against the time to merely
 * read the same files' bytes, in the same run. Target (architecture.md, performance): 5,000 stickies within 5x the raw read
 * and under 1 s.
 */
public final class LoadBenchmark {
    private static final int WARMUPS = 5;
    private static final int RUNS = 11;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "Load benchmark: Java %s, %d cores, %d warm-ups, %d runs each%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), WARMUPS, RUNS);
        System.out.println(
                "| stickies | files | bytes | raw read (median) | load (median) | load / raw | open + validate (median) | (open + validate) / raw |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : List.of(500, 5000, 20000)) {
            Path folder = Files.createTempDirectory("eventstorm-bench-");
            try {
                Board board = new BoardGenerator(2026).generate(size);
                BoardFiles.forNewBoard(folder).save(board);
                List<Path> files = files(folder);
                long bytes = files.stream().mapToLong(LoadBenchmark::size).sum();
                Stopwatch.Timings raw = Stopwatch.time(WARMUPS, RUNS, () -> readAll(folder));
                Stopwatch.Timings load = Stopwatch.time(WARMUPS, RUNS, () -> check(BoardReader.read(folder), size));
                Stopwatch.Timings open = Stopwatch.time(WARMUPS, RUNS, () -> Validator.validate(check(BoardReader.read(folder), size).board()));
                System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %.1f ms | %.1f ms | %.2fx | %.1f ms | %.2fx |%n", size, files.size(), bytes,
                        raw.median(), load.median(), load.median() / raw.median(), open.median(), open.median() / raw.median());
            } finally {
                delete(folder);
            }
        }
        System.out.println();
        System.out.println("raw read = list the folders and read every file's bytes; load = the same plus parsing YAML and"
                + " markdown, building the board and its name index.");
    }

    /** What "merely reading the bytes" means: the same folder walk and the same reads the loader does. */
    private static long readAll(Path folder) throws IOException {
        long total = 0;
        for (Path file : files(folder)) {
            total += Files.readAllBytes(file).length;
        }
        return total;
    }

    private static LoadedBoard check(LoadedBoard loaded, int size) {
        if (loaded.board().size() != size || !loaded.problems().isEmpty()) {
            throw new IllegalStateException("the generated board did not load cleanly: " + loaded.problems());
        }
        return loaded;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
