package org.eventstorm.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time the JavaFX application thread, the renderer and the rest of the process (garbage collector, compilers) spend
 * between {@link #start} and {@link #stop}, both called on the application thread: on a machine with two cores it tells
 * which of them a frame waits for. {@link #others} names the other threads that spent the most (from {@code /proc}, in
 * clock ticks of 10 ms): while the JIT still compiles the canvas's code its threads take half the machine.
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long renderer = -1;
    private final long[] began = new long[3];
    private final long[] spent = new long[3];
    private Map<String, Long> tasksBefore = Map.of();
    private Map<String, Long> tasksSpent = Map.of();

    /** Clock ticks of each of the process's threads (Linux), summed by thread name. */
    private static Map<String, Long> tasks() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9#]+$", "");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException notLinux) {
            return Map.of();
        }
        return ticks;
    }

    /** The threads outside the two that spent the most, with milliseconds a frame (clock ticks of 10 ms). */
    String others(int frames) {
        return tasksSpent.entrySet().stream().filter(
                e -> !e.getKey().startsWith("QuantumRenderer") && !e.getKey().startsWith("JavaFX Applicat") && e.getValue() > 0).sorted(
                        Map.Entry.<String, Long>comparingByValue().reversed()).limit(5).map(
                                e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() * 10.0 / frames)).collect(Collectors.joining(", "));
    }

    /** Starts counting; on the application thread. */
    void start() {
        tasksBefore = tasks();
        renderer = rendererThread();
        began[0] = THREADS.getCurrentThreadCpuTime();
        began[1] = renderer < 0 ? 0 : THREADS.getThreadCpuTime(renderer);
        began[2] = PROCESS.getProcessCpuTime();
    }

    /** Stops counting; on the application thread. */
    void stop() {
        Map<String, Long> after = tasks();
        tasksSpent = after.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() - tasksBefore.getOrDefault(e.getKey(), 0L)));
        spent[0] = THREADS.getCurrentThreadCpuTime() - began[0];
        spent[1] = renderer < 0 ? 0 : THREADS.getThreadCpuTime(renderer) - began[1];
        spent[2] = PROCESS.getProcessCpuTime() - began[2] - spent[0] - spent[1];
    }

    /** Milliseconds of CPU a frame: application thread, renderer, the rest. */
    double[] perFrame(int frames) {
        return new double[] {spent[0] / 1e6 / frames, spent[1] / 1e6 / frames, spent[2] / 1e6 / frames};
    }

    private static long rendererThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().startsWith("QuantumRenderer")).mapToLong(
                Thread::getId).findFirst().orElse(-1);
    }
}
