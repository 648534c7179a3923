package org.eventstorm.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Times a piece of work several times after warming up, and reports the median and spread. */
final class Stopwatch {

    /** Milliseconds of each measured run, in run order. */
    record Timings(List<Double> millis) {
        double median() {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        double min() {
            return Collections.min(millis);
        }

        double max() {
            return Collections.max(millis);
        }

        /** (max - min) / median: how noisy the machine was. */
        double spread() {
            return (max() - min()) / median();
        }

        String summary() {
            return String.format(Locale.ROOT, "median %.1f ms (min %.1f, max %.1f, %d runs)", median(), min(), max(), millis.size());
        }
    }

    private Stopwatch() {
    }

    static Timings time(int warmups, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.call();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return new Timings(millis);
    }
}
