package org.eventstorm.bench;

/** Runs every benchmark in turn: {@code mvn -Pbench -DskipTests verify}. */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        LoadBenchmark.main(args);
        System.out.println();
        ValidationBenchmark.main(args);
        System.out.println();
        EditBenchmark.main(args);
        System.out.println();
        ExportBenchmark.main(args);
        System.out.println();
        FrameBenchmark.main(args);
        System.out.println();
        org.eventstorm.bench.cold.ColdBenchmark.main(args);
    }
}
