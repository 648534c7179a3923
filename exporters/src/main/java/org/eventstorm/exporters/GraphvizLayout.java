package org.eventstorm.exporters;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizCmdLineEngine;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import guru.nidi.graphviz.model.MutableGraph;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Lays graphs out with Graphviz, always on one thread. graphviz-java keeps a JavaScript engine per thread (about a
 * second to start) but remembers the fonts it has measured for all threads at once, so a graph laid out on a second
 * thread is measured with default widths and comes out different. One thread gives every picture the same layout.
 *
 * <p>The engine is the bundled one (Graphviz compiled to JavaScript, run in V8), even where Graphviz's {@code dot} is
 * installed: graphviz-java would otherwise prefer {@code dot}, whose version (and so every drawing) differs from one
 * machine to the next, and two people exporting the same board would commit different files. {@code dot} is used only
 * where V8 cannot start (a platform without J2V8).
 */
public final class GraphvizLayout {
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "eventstorm-graphviz");
        thread.setDaemon(true);
        return thread;
    });

    static {
        THREAD.execute(() -> Graphviz.useEngine(new GraphvizV8Engine(), new GraphvizCmdLineEngine()));
    }

    private GraphvizLayout() {
    }

    /** Graphviz's DOCTYPE names the SVG 1.1 DTD on w3.org, which a validating reader would fetch; exports name nothing remote. */
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\R?");

    /** The graph laid out and drawn as a standalone SVG document (without a DOCTYPE, so nothing remote is referenced). */
    public static String svg(MutableGraph graph) throws IOException {
        try {
            String svg = THREAD.submit(() -> Graphviz.fromGraph(graph).render(Format.SVG_STANDALONE).toString()).get();
            return DOCTYPE.matcher(svg).replaceFirst("");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the layout was interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("Graphviz could not lay out the graph: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
