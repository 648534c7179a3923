package org.eventstorm.bench.cold;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs another program's main in this JVM and, when the JVM exits (however the program ends it), prints the process's
 * peak resident memory, which its parent cannot read once it has exited: {@code java -cp ... PeakMemoryAtExit
 * MAIN-CLASS ARGS...}. The parent reads the CPU itself (see {@link ColdBenchmark}).
 */
public final class PeakMemoryAtExit {
    static final String MARK = "eventstorm-bench-peak-rss-kib: ";

    private PeakMemoryAtExit() {
    }

    /** The process's peak resident memory, as Linux counts it (VmHWM); -1 elsewhere. */
    private static long peakKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public static void main(String[] args) throws Throwable {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(MARK + peakKib())));
        MethodHandles.publicLookup().findStatic(Class.forName(args[0]), "main", MethodType.methodType(void.class, String[].class)).invoke(
                (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
