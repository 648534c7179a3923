package org.eventstorm.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eventstorm.exporters.asyncapi.AsyncApiReader;
import org.eventstorm.exporters.eventcatalog.EventCatalogReader;
import org.eventstorm.exporters.imports.BoardImport;
import org.eventstorm.exporters.imports.ImportProblem;
import org.eventstorm.exporters.imports.ImportedBoard;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.file.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventstorm import asyncapi FILE... --into BOARD} and {@code eventstorm import eventcatalog DIR --into BOARD}:
 * adds what AsyncAPI documents or an EventCatalog describe to a board (a new one when BOARD does not exist or is an
 * empty folder). Nothing a person wrote changes: a sticky the board has is kept,
 * and what was left out is listed. A document with a problem changes no board.
 */
@Command(name = "import", description = "Add what AsyncAPI 3 documents or an EventCatalog describe to a board (a new board when --into names a new"
        + " or empty folder).",
        mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "What the files are: asyncapi or eventcatalog.")
    String format;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
            description = "AsyncAPI documents (YAML or JSON) or folders of them; for eventcatalog, the catalog's folder.")
    List<Path> files;

    @Option(names = "--into", required = true, paramLabel = "BOARD",
            description = "The board to add to: its folder, its board.yaml or a .storm file; a new or empty folder starts a new board.")
    Path into;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String kind = format.strip().toLowerCase(Locale.ROOT);
        Reading reading;
        if (kind.equals("asyncapi")) {
            Optional<Reading> read = readAsyncApi(err);
            if (read.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            reading = read.get();
        } else if (kind.equals("eventcatalog")) {
            if (files.size() != 1) {
                err.println("eventstorm import: eventcatalog reads one catalog folder, not " + files.size());
                return ExitCodes.BAD_INPUT;
            }
            EventCatalogReader.Reading read = EventCatalogReader.read(files.get(0));
            reading = new Reading(read.board(), read.problems(), "the EventCatalog in " + files.get(0), files.get(0).toAbsolutePath().normalize());
        } else {
            err.println("eventstorm import: unknown format '" + format + "'; use asyncapi or eventcatalog");
            return ExitCodes.BAD_INPUT;
        }
        if (!reading.problems().isEmpty()) {
            for (ImportProblem problem : reading.problems()) {
                Problem located = problem.toProblem();
                String path = reading.base() == null || Path.of(located.path()).isAbsolute() ? located.path()
                        : reading.base().resolve(located.path()).toString();
                err.println(path + (located.line() > 0 ? ":" + located.line() : "") + ": error: " + located.message());
            }
            err.println("eventstorm import: nothing imported; " + into + " is unchanged");
            return ExitCodes.BAD_INPUT;
        }
        String title = "Import " + reading.what();
        if (isNewBoard(into)) {
            String boardTitle = reading.board().title().orElse(NewCommand.titleFrom(into));
            Board board = Board.empty(BoardSettings.titled(boardTitle).withSession(NewCommand.sessionFrom(into)));
            BoardImport.Result result = BoardImport.of(board, reading.board(), title);
            result.edit().ifPresent(board::apply);
            BoardFiles.forNewBoard(into).save(board);
            report(out, result, reading.what(), into + " (a new board)");
            return ExitCodes.OK;
        }
        Optional<BoardArgument> argument = BoardArgument.of(into, err);
        if (argument.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        try (BoardArgument given = argument.get()) {
            Optional<LoadedBoard> read = given.read(err);
            if (read.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            LoadedBoard loaded = read.get();
            new ProblemPrinter(given.shownAs()).print(loaded.problems(), err);
            BoardImport.Result result = BoardImport.of(loaded.board(), reading.board(), title);
            if (result.edit().isPresent()) {
                loaded.board().apply(result.edit().get());
                try {
                    loaded.files().save(loaded.board());
                    if (given.isArchive()) {
                        given.repack();
                    }
                } catch (IOException e) {
                    err.println("eventstorm import: " + given.named(e.getMessage()));
                    return ExitCodes.BAD_INPUT;
                }
            }
            report(out, result, reading.what(), given.shownAs().toString());
            return ExitCodes.OK;
        }
    }

    private static void report(PrintWriter out, BoardImport.Result result, String what, String board) {
        out.println("imported " + what + " into " + board + ": " + result.summary());
        for (String skipped : result.skipped()) {
            out.println("  skipped " + skipped);
        }
    }

    /** What was read, named for the report, and the folder its problems' paths are relative to (none: as given). */
    private record Reading(ImportedBoard board, List<ImportProblem> problems, String what, Path base) {
    }

    private Optional<Reading> readAsyncApi(PrintWriter err) throws IOException {
        List<Path> documents = new ArrayList<>();
        for (Path file : files) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> listed = Files.list(file)) {
                    listed.filter(ImportCommand::isDocument).sorted().forEach(documents::add);
                }
            } else {
                documents.add(file);
            }
        }
        if (documents.isEmpty()) {
            err.println(files.get(0) + ": error: holds no AsyncAPI document (.yaml, .yml or .json)");
            return Optional.empty();
        }
        AsyncApiReader.Reading read = AsyncApiReader.read(documents, documents.stream().map(Path::toString).toList());
        return Optional.of(new Reading(read.board(), read.problems(), documents.size() + " AsyncAPI document" + (documents.size() == 1 ? "" : "s"), null));
    }

    private static boolean isNewBoard(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
}
