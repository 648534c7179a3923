package org.eventstorm.app.cli;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.eventstorm.app.wiring.ExportModule;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.ExportRun;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.file.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventstorm export BOARD --to DIR --format spec,timeline,eventcatalog,picture,saga,saga-code[:java|ts|go],state-machine,versioning,asyncapi|all}:
 * writes the exports of a board.
 */
@Command(name = "export", description = "Export a board: SpecKit spec folder, timeline, EventCatalog, board picture, sagas, saga code,"
        + " state machines, event versioning, AsyncAPI.",
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BOARD", description = "The board: its folder, its board.yaml, or a .storm file.")
    Path board;

    @Option(names = "--to", paramLabel = "DIR", required = true, description = "The folder to write into (created if missing).")
    Path to;

    @Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = "all",
            description = "Comma-separated formats, or all (default). Formats: ${COMPLETION-CANDIDATES}. saga-code:java, saga-code:ts"
                    + " or saga-code:go gives one language.",
            completionCandidates = FormatNames.class)
    List<String> formats;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Map<String, Exporter> known = exporters();
        List<Exporter> chosen = new ArrayList<>();
        for (String format : formats) {
            String name = format.strip().toLowerCase(Locale.ROOT);
            int colon = name.indexOf(':');
            String id = colon < 0 ? name : name.substring(0, colon);
            if (name.equals("all")) {
                chosen.addAll(known.values());
            } else if (!known.containsKey(id)) {
                err.println("eventstorm export: unknown format '" + format + "'; use one or more of "
                        + String.join(", ", known.keySet()) + ", or all");
                return ExitCodes.BAD_INPUT;
            } else if (colon < 0) {
                chosen.add(known.get(id));
            } else {
                Exporter exporter = known.get(id);
                Optional<Exporter> variant = exporter.withOption(name.substring(colon + 1));
                if (variant.isEmpty()) {
                    err.println("eventstorm export: the format " + id + " has " + (exporter.options().isEmpty() ? "no options"
                            : "the options " + String.join(", ", exporter.options())) + ", not '" + name.substring(colon + 1) + "'");
                    return ExitCodes.BAD_INPUT;
                }
                chosen.add(variant.get());
            }
        }
        Optional<BoardArgument> argument = BoardArgument.of(board, err);
        if (argument.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        try (BoardArgument given = argument.get()) {
            Optional<LoadedBoard> read = given.read(err);
            return read.isEmpty() ? ExitCodes.BAD_INPUT : export(given, read.get(), chosen, out, err);
        }
    }

    private int export(BoardArgument given, LoadedBoard loaded, List<Exporter> chosen, PrintWriter out, PrintWriter err) throws IOException {
        new ProblemPrinter(given.shownAs()).print(loaded.problems(), err);
        if (loaded.problems().stream().anyMatch(Problem::isError)) {
            err.println("eventstorm export: the board has files with errors; fix them so that nothing is left out, then export again");
            return ExitCodes.BAD_INPUT;
        }
        ExportInput input = ExportInput.of(loaded);
        TargetFolder target = TargetFolder.at(to);
        List<ExportRun.Result> results;
        try {
            results = ExportRun.run(input, target, chosen.stream().distinct().toList(), new ExportRun.Listener() {});
        } catch (IllegalArgumentException e) {
            err.println("eventstorm export: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        for (ExportRun.Result result : results) {
            out.printf("%s: %d files in %d ms%n", result.exporter().id(), result.files(), result.millis());
            result.notes().forEach(note -> out.printf("%s: %s%n", result.exporter().id(), note));
        }
        out.println("exported to " + target.root());
        return ExitCodes.OK;
    }

    /** The exporters bound in {@link ExportModule}, by id, in binding order (a multibinder keeps it). */
    static Map<String, Exporter> exporters() {
        Set<Exporter> bound = Guice.createInjector(new ExportModule()).getInstance(Key.get(new TypeLiteral<Set<Exporter>>() {}));
        Map<String, Exporter> byId = new LinkedHashMap<>();
        bound.forEach(exporter -> byId.put(exporter.id(), exporter));
        return byId;
    }

    /**
     * The format names for the help text. Written out rather than read from {@link ExportModule}: picocli builds the
     * help of every command at start-up, and a Guice injector there would cost every command (and the app) 0.2 s.
     */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(List.of("spec", "timeline", "eventcatalog", "picture", "saga", "saga-code", "state-machine", "versioning", "asyncapi", "all"));
        }
    }
}
