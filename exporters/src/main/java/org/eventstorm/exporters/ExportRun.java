package org.eventstorm.exporters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs several exporters into one folder at once, one thread per core: the formats are independent (the timeline's
 * layout runs in its own JavaScript engine, the picture rasterises on its own), so a multi-format export takes about
 * as long as its slowest format rather than their sum. The board must not change while it runs; the app exports a
 * frozen copy.
 */
public final class ExportRun {

    /** Hears each format start and finish, on the thread that ran it. */
    public interface Listener {
        default void started(Exporter exporter) {
        }

        default void finished(Result result) {
        }
    }

    /**
     * What one format wrote, and how long it took.
     *
     * @param notes what it could not make and why (see {@link TargetFolder#note})
     */
    public record Result(Exporter exporter, int files, long millis, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Long-lived threads, one per core: an exporter may keep per-thread state that is costly to make (Graphviz starts a
     * JavaScript engine per thread, about a second), so it is made once per thread, not once per export.
     */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
        Thread thread = new Thread(runnable, "eventstorm-export");
        thread.setDaemon(true);
        return thread;
    });

    private ExportRun() {
    }

    /**
     * Runs {@code exporters} on {@code input} into {@code target}; returns their results in the order given.
     *
     * @throws IOException the first failure, after every format has stopped
     */
    public static List<Result> run(ExportInput input, TargetFolder target, List<Exporter> exporters, Listener listener) throws IOException {
        // The shared lazy parts of the input are worked out once, before the formats race for them.
        input.links();
        List<Future<Result>> running = new ArrayList<>();
        for (Exporter exporter : exporters) {
            TargetFolder share = target.share();
            running.add(POOL.submit(() -> runOne(input, share, exporter, listener)));
        }
        List<Result> results = new ArrayList<>();
        Throwable failure = null;
        for (Future<Result> future : running) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the export was interrupted", e);
            }
        }
        if (failure instanceof UncheckedIOException unchecked) {
            throw unchecked.getCause();
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new IOException(failure);
        }
        return results;
    }

    private static Result runOne(ExportInput input, TargetFolder share, Exporter exporter, Listener listener) throws IOException {
        listener.started(exporter);
        long start = System.nanoTime();
        exporter.export(input, share);
        Result result = new Result(exporter, share.written().size(), (System.nanoTime() - start) / 1_000_000, share.notes());
        listener.finished(result);
        return result;
    }
}
