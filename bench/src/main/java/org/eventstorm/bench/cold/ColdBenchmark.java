package org.eventstorm.bench.cold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.generate.BoardGenerator;

/**
 * The command line as a user meets it: every figure is a whole, new {@code java} process, start-up, class loading and
 * JIT included, its CPU as the operating system counts it (all threads) and its peak memory. Each run times, in turn,
 * a Java hello world, a Java program that reads every byte of the board, and {@code eventstorm validate} (and with
 * {@code -Dbench.cold.export=true}, {@code export --format all}; with {@code -Dbench.cold.open=true}, the app opening
 * the board until its whole window is on the screen, which needs a display: run it under {@code xvfb-run}) from the jar
 * the README builds; ratios are taken run by run, so a machine whose speed drifts compares like with like.
 *
 * <p>Properties: {@code bench.cold.sizes} (default {@code sample,1000,5000,20000}; a number is a generated board of
 * that many stickies), {@code bench.cold.runs} (7), {@code bench.jar} (the app's jar, built by {@code mvn package}),
 * {@code bench.cold.jvm} (options for eventstorm's JVM), {@code bench.cold.launcher} (an installed {@code eventstorm}
 * launcher to time instead of the jar; its peak memory is not known then).
 */
public final class ColdBenchmark {
    private static final Path SAMPLE = Path.of("../samples/order-fulfillment");

    private ColdBenchmark() {
    }

    /** One process: its CPU, wall time, peak memory (-1: not known) and, for the app, when its whole window was shown (-1). */
    record Run(long cpuMillis, long wallMillis, long peakKib, long completeMillis) {
    }

    /** What the app prints when started with {@code -Deventstorm.exit-when-shown=true}. */
    private static final Pattern COMPLETE = Pattern.compile("complete in (\\d+) ms");

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "../app/target/eventstorm.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first with mvn -q -DskipTests package");
        }
        int runs = Integer.getInteger("bench.cold.runs", 7);
        Path launcher = System.getProperty("bench.cold.launcher", "").isBlank() ? null : Path.of(System.getProperty("bench.cold.launcher"));
        boolean export = Boolean.getBoolean("bench.cold.export");
        boolean open = Boolean.getBoolean("bench.cold.open");
        if (open && launcher != null) {
            throw new IllegalStateException("bench.cold.open measures the app's start from the jar; leave out bench.cold.launcher");
        }
        List<String> jvm = System.getProperty("bench.cold.jvm", "").isBlank() ? List.of() : List.of(System.getProperty("bench.cold.jvm").split(" +"));
        System.out.printf(Locale.ROOT, "Cold command line: Java %s, %d cores, %d runs of each, alternating; eventstorm from %s%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), runs,
                launcher != null ? "the launcher " + launcher : jar + (jvm.isEmpty() ? "" : " with " + String.join(" ", jvm)));
        System.out.println("| board | hello world CPU | raw read CPU | validate CPU | validate / hello | validate / raw read | validate wall"
                + " | validate peak RSS |" + (export ? " export all CPU | export / validate | export wall |" : "")
                + (open ? " open CPU | open / validate | window complete | open / validate, wall | open peak RSS |" : ""));
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|" + (export ? "---:|---:|---:|" : "") + (open ? "---:|---:|---:|---:|---:|" : ""));
        for (String size : System.getProperty("bench.cold.sizes", "sample,1000,5000,20000").split(",")) {
            Path temp = Files.createTempDirectory("eventstorm-cold-");
            try {
                Path board = size.equals("sample") ? SAMPLE.toAbsolutePath().normalize() : generated(Integer.parseInt(size), temp.resolve("board"));
                Map<String, List<String>> commands = new LinkedHashMap<>();
                commands.put("hello", List.of(Hello.class.getName()));
                commands.put("raw", List.of(RawRead.class.getName(), board.toString()));
                commands.put("validate", List.of("org.eventstorm.app.Main", "validate", board.toString()));
                if (export) {
                    commands.put("export", List.of("org.eventstorm.app.Main", "export", board.toString(), "--to", temp.resolve("out").toString(),
                            "--format", "all"));
                }
                if (open) {
                    // The app's own JVM options are what a person's start has; these two only make it quit once shown
                    // and keep the bench's windows out of the person's preferences.
                    commands.put("open", List.of("-Deventstorm.exit-when-shown=true", "-Deventstorm.preferences=org/eventstorm/bench",
                            "org.eventstorm.app.Main", "open", board.toString()));
                }
                Map<String, List<Run>> times = new LinkedHashMap<>();
                for (int run = 0; run < runs + 1; run++) {
                    for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                        deleteTree(temp.resolve("out"));
                        boolean app = !command.getKey().equals("hello") && !command.getKey().equals("raw");
                        Run timed = run(app ? jvm : List.of(), app ? jar : null, app ? launcher : null, command.getValue(), temp);
                        if (run > 0) {
                            times.computeIfAbsent(command.getKey(), key -> new ArrayList<>()).add(timed);
                        }
                    }
                }
                print(size.equals("sample") ? "the sample" : String.format(Locale.ROOT, "%,d stickies", Integer.parseInt(size)), times);
            } finally {
                deleteTree(temp);
            }
        }
        System.out.println();
        System.out.println("CPU = user + system of the whole process, medians; ratios are medians of the run-by-run ratios.");
    }

    private static void print(String board, Map<String, List<Run>> times) {
        List<Run> hello = times.get("hello");
        List<Run> raw = times.get("raw");
        List<Run> validate = times.get("validate");
        double peak = median(validate, Run::peakKib);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f s | %.1fx | %.1fx | %.2f s | %s |", board,
                median(hello, Run::cpuMillis) / 1000, median(raw, Run::cpuMillis) / 1000, median(validate, Run::cpuMillis) / 1000,
                ratio(validate, hello), ratio(validate, raw), median(validate, Run::wallMillis) / 1000,
                peak < 0 ? "" : Math.round(peak / 1024) + " MiB"));
        List<Run> export = times.get("export");
        if (export != null) {
            line.append(String.format(Locale.ROOT, " %.2f s | %.1fx | %.2f s |", median(export, Run::cpuMillis) / 1000, ratio(export, validate),
                    median(export, Run::wallMillis) / 1000));
        }
        List<Run> open = times.get("open");
        if (open != null) {
            double[] wallRatios = new double[open.size()];
            for (int i = 0; i < wallRatios.length; i++) {
                wallRatios[i] = (double) open.get(i).completeMillis() / Math.max(1, validate.get(i).wallMillis());
            }
            java.util.Arrays.sort(wallRatios);
            line.append(String.format(Locale.ROOT, " %.2f s | %.1fx | %.2f s | %.1fx | %d MiB |", median(open, Run::cpuMillis) / 1000, ratio(open, validate),
                    median(open, Run::completeMillis) / 1000, median(wallRatios), Math.round(median(open, Run::peakKib) / 1024)));
        }
        System.out.println(line);
    }

    /** One process: the launcher with the command's arguments, or {@code java [jvm] -cp [jar:]bench-classes PeakMemoryAtExit MAIN ARGS}. */
    private static Run run(List<String> jvm, Path jar, Path launcher, List<String> command, Path temp) throws IOException, InterruptedException {
        if (launcher != null) {
            return timed(launcherLine(launcher, command), temp);
        }
        String classes = Path.of(PeakMemoryAtExit.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvm);
        line.add("-cp");
        // The jar first, as a launcher has it, so that a class-data archive made from it (bench.cold.jvm) applies.
        line.add(jar == null ? classes : jar + java.io.File.pathSeparator + classes);
        // A command's own JVM options (-D...) come before the wrapper's class.
        List<String> options = command.stream().takeWhile(word -> word.startsWith("-D")).toList();
        line.addAll(1, options);
        line.add(PeakMemoryAtExit.class.getName());
        line.addAll(command.subList(options.size(), command.size()));
        return timed(line, temp);
    }

    /** The installed launcher's command line: the launcher and the command's arguments (no main class, no wrapper). */
    private static List<String> launcherLine(Path launcher, List<String> command) {
        List<String> line = new ArrayList<>(List.of(launcher.toString()));
        line.addAll(command.subList(1, command.size()));
        return line;
    }

    /**
     * Runs {@code line}; its CPU is what this process's waited-for children gained (/proc/self/stat: cutime and
     * cstime), which counts every thread of the child and of anything it waited for, as a shell's time does.
     */
    private static Run timed(List<String> line, Path temp) throws IOException, InterruptedException {
        Path log = temp.resolve("log.txt");
        long before = childrenCpuMillis();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        process.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        long cpu = childrenCpuMillis() - before;
        long peak = -1;
        long complete = -1;
        for (String output : Files.readAllLines(log)) {
            if (output.startsWith(PeakMemoryAtExit.MARK)) {
                peak = Long.parseLong(output.substring(PeakMemoryAtExit.MARK.length()).strip());
            }
            Matcher shown = COMPLETE.matcher(output);
            if (shown.find()) {
                complete = Long.parseLong(shown.group(1));
            }
        }
        if (process.exitValue() > 1) {
            throw new IllegalStateException(String.join(" ", line) + " failed:\n" + Files.readString(log));
        }
        return new Run(cpu, wall, peak, complete);
    }

    private static long childrenCpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command's name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14; clock ticks of 10 ms.
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
    }

    private static double median(List<Run> runs, java.util.function.ToLongFunction<Run> figure) {
        return median(runs.stream().mapToDouble(figure::applyAsLong).sorted().toArray());
    }

    private static double ratio(List<Run> runs, List<Run> baseline) {
        double[] ratios = new double[runs.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = (double) runs.get(i).cpuMillis() / Math.max(1, baseline.get(i).cpuMillis());
        }
        java.util.Arrays.sort(ratios);
        return median(ratios);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Path generated(int stickies, Path folder) throws IOException {
        Board board = new BoardGenerator(2026).generate(stickies);
        BoardFiles.forNewBoard(folder).save(board);
        return folder;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
