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
import org.eventstorm.exporters.imports.BoardImport;
import org.eventstorm.exporters.imports.ImportProblem;
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
 * {@code eventstorm import asyncapi FILE... --into BOARD}: adds what AsyncAPI documents describe to a board (a new
 * one when BOARD does not exist or is an empty folder). Nothing a person wrote changes: a sticky the board has is kept,
 * and what was left out is listed. A document with a problem changes no board.
 */
@Command(name = "import", description = "Add what AsyncAPI 3 documents describe to a board (a new board when --into names a new or empty folder).",
        mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "What the files are: asyncapi.")
    String format;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "AsyncAPI documents (YAML or JSON), or folders of them.")
    List<Path> files;

    @Option(names = "--into", required = true, paramLabel = "BOARD",
            description = "The board to add to: its folder, its board.yaml or a .storm file; a new or empty folder starts a new board.")
    Path into;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.strip().toLowerCase(Locale.ROOT).equals("asyncapi")) {
            err.println("eventstorm import: unknown format '" + format + "'; use asyncapi");
            return ExitCodes.BAD_INPUT;
        }
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
            return ExitCodes.BAD_INPUT;
        }
        AsyncApiReader.Reading reading = AsyncApiReader.read(documents, documents.stream().map(Path::toString).toList());
        if (!reading.problems().isEmpty()) {
            for (ImportProblem problem : reading.problems()) {
                Problem located = problem.toProblem();
                err.println(located.path() + (located.line() > 0 ? ":" + located.line() : "") + ": error: " + located.message());
            }
            err.println("eventstorm import: nothing imported; " + into + " is unchanged");
            return ExitCodes.BAD_INPUT;
        }
        String title = "Import " + documents.size() + " AsyncAPI document" + (documents.size() == 1 ? "" : "s");
        if (isNewBoard(into)) {
            String boardTitle = reading.board().title().orElse(NewCommand.titleFrom(into));
            Board board = Board.empty(BoardSettings.titled(boardTitle).withSession(NewCommand.sessionFrom(into)));
            BoardImport.Result result = BoardImport.of(board, reading.board(), title);
            result.edit().ifPresent(board::apply);
            BoardFiles.forNewBoard(into).save(board);
            report(out, result, documents.size(), into + " (a new board)");
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
            report(out, result, documents.size(), given.shownAs().toString());
            return ExitCodes.OK;
        }
    }

    private static void report(PrintWriter out, BoardImport.Result result, int documents, String board) {
        out.println("imported " + documents + " AsyncAPI document" + (documents == 1 ? "" : "s") + " into " + board + ": " + result.summary());
        for (String skipped : result.skipped()) {
            out.println("  skipped " + skipped);
        }
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
