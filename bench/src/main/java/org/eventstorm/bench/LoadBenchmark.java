package org.eventstorm.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.validate.Validator;

/**
 * Opening a board in a warm JVM: loading a generated board with {@link BoardReader}, and loading and validating it,
 * each timed against merely reading the same files' bytes, as interleaved triples (raw, load, load + validate) so that
 * a noisy neighbour weighs on all three alike. Reports the median of the per-triple ratios, in wall time and in the
 * CPU time of the whole process (the loader parses files in parallel, so wall time alone flatters it on two cores),
 * and the load's CPU per sticky, which should not grow with the board. Each run starts from a collected heap. Target (performance.md): load at 5,000
 * stickies within 3x the raw read, and no more CPU per sticky at 50,000 than at 5,000.
 * {@code -Dbench.load.sizes=5000,50000} for other sizes.
 */
public final class LoadBenchmark {
    private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int WARMUPS = 5;
    private static final int RUNS = 11;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "Load benchmark: Java %s, %d cores, %d warm-ups, %d interleaved triples each%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), WARMUPS, RUNS);
        System.out.println("| stickies | bytes | raw read: wall, CPU (median) | load: wall, CPU | load / raw: wall, CPU | load CPU a sticky"
                + " | load + validate: wall, CPU | (load + validate) / raw: wall, CPU |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String told : System.getProperty("bench.load.sizes", "500,5000,20000,50000").split(",")) {
            int size = Integer.parseInt(told.strip());
            Path folder = Files.createTempDirectory("eventstorm-bench-");
            try {
                BoardFiles.forNewBoard(folder).save(new BoardGenerator(2026).generate(size));
                long bytes = files(folder).stream().mapToLong(LoadBenchmark::size).sum();
                Callable<?> raw = () -> readAll(folder);
                Callable<?> load = () -> check(BoardReader.read(folder), size);
                Callable<?> open = () -> Validator.validate(check(BoardReader.read(folder), size).board());
                for (int i = 0; i < WARMUPS; i++) {
                    raw.call();
                    load.call();
                    open.call();
                }
                List<Sample> raws = new ArrayList<>();
                List<Sample> loads = new ArrayList<>();
                List<Sample> opens = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    raws.add(Sample.of(raw));
                    loads.add(Sample.of(load));
                    opens.add(Sample.of(open));
                }
                System.out.printf(Locale.ROOT,
                        "| %,d | %,d | %.1f ms, %.1f ms | %.1f ms, %.1f ms | %.2fx, %.2fx | %.1f µs | %.1f ms, %.1f ms | %.2fx, %.2fx |%n",
                        size, bytes, median(raws, false), median(raws, true), median(loads, false), median(loads, true),
                        ratio(loads, raws, false), ratio(loads, raws, true), median(loads, true) * 1000 / size,
                        median(opens, false), median(opens, true), ratio(opens, raws, false), ratio(opens, raws, true));
            } finally {
                delete(folder);
            }
        }
        System.out.println();
        System.out.println("raw read = list the folders and read every file's bytes, on one thread; load = the same plus parsing YAML and"
                + " markdown (in parallel), building the board and its name index. CPU = the whole process's, garbage collector and"
                + " compilers included.");
    }

    /** One timed run: wall and process CPU milliseconds. */
    private record Sample(double wall, double cpu) {
        static Sample of(Callable<?> work) throws Exception {
            // Each run starts from a collected heap, as a board is opened once: otherwise the run after a large load
            // pays for collecting the board the one before it left behind.
            System.gc();
            long cpu = PROCESS.getProcessCpuTime();
            long start = System.nanoTime();
            work.call();
            return new Sample((System.nanoTime() - start) / 1e6, (PROCESS.getProcessCpuTime() - cpu) / 1e6);
        }

        double of(boolean cpuTime) {
            return cpuTime ? cpu : wall;
        }
    }

    private static double median(List<Sample> samples, boolean cpu) {
        return median(samples.stream().map(sample -> sample.of(cpu)).toList());
    }

    /** The median of the ratios of the runs taken side by side. */
    private static double ratio(List<Sample> measured, List<Sample> baseline, boolean cpu) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            ratios.add(measured.get(i).of(cpu) / Math.max(0.001, baseline.get(i).of(cpu)));
        }
        return median(ratios);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
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
        Board board = loaded.board();
        if (board.size() != size || !loaded.problems().isEmpty()) {
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
