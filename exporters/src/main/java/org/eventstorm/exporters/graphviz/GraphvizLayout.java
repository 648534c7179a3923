package org.eventstorm.exporters.graphviz;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizCmdLineEngine;
import guru.nidi.graphviz.engine.GraphvizEngine;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import guru.nidi.graphviz.model.MutableGraph;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eventstorm.render.CacheFolder;

/**
 * Lays graphs out with Graphviz, always on one thread. graphviz-java keeps a JavaScript engine per thread (about a
 * second to start) but remembers the fonts it has measured for all threads at once, so a graph laid out on a second
 * thread is measured with default widths and comes out different. One thread gives every picture the same layout.
 *
 * <p>The engine is the bundled one (Graphviz compiled to JavaScript, run in V8), even where Graphviz's {@code dot} is
 * installed: graphviz-java would otherwise prefer {@code dot}, whose version (and so every drawing) differs from one
 * machine to the next, and two people exporting the same board would commit different files. {@code dot} is used only
 * where V8 cannot start (a platform without J2V8), and then only from an absolute folder of the {@code PATH}: a relative
 * entry (or Windows' habit of looking in the current folder first) would run a {@code dot} planted in a board.
 *
 * <p>V8's native library is loaded only from the tool's own verified copy ({@link V8Library}, decision 21).
 */
public final class GraphvizLayout {
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "eventstorm-graphviz");
        thread.setDaemon(true);
        return thread;
    });

    /** Why the bundled engine could not start, or null: said with any picture that then cannot be drawn. */
    private static volatile String engineProblem;

    static {
        THREAD.execute(GraphvizLayout::startEngine);
    }

    private GraphvizLayout() {
    }

    private static void startEngine() {
        List<GraphvizEngine> engines = new ArrayList<>();
        if (V8Library.isSupported()) {
            try {
                V8Library.load(CacheFolder.ofThisUser());
                engines.add(new GraphvizV8Engine());
            } catch (IOException | LinkageError e) {
                engineProblem = "the bundled Graphviz engine could not start (" + e.getMessage() + ")";
            }
        } else {
            engineProblem = "this platform has no bundled Graphviz engine; install Graphviz (dot) to draw pictures";
        }
        engines.add(new GraphvizCmdLineEngine().searchPath(absoluteSearchPath(System.getenv("PATH"))));
        Graphviz.useEngine(engines);
    }

    /** The absolute folders of a {@code PATH}, in order: a relative one would be looked up in the current folder. */
    static String absoluteSearchPath(String path) {
        if (path == null) {
            return "";
        }
        return Arrays.stream(path.split(Pattern.quote(File.pathSeparator))).filter(folder -> !folder.isBlank() && Path.of(folder).isAbsolute()).collect(
                Collectors.joining(File.pathSeparator));
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
            String problem = engineProblem;
            throw new IOException("Graphviz could not lay out the graph: " + (problem != null ? problem : e.getCause().getMessage()), e.getCause());
        }
    }
}
