package org.eventstorm.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.file.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventstorm fmt BOARD [--check]}: rewrites the board's files in canonical form, like gofmt. Known values
 * are normalised; unknown keys, unknown sections and comments are kept; files with errors are left alone.
 */
@Command(name = "fmt", description = "Rewrite a board's files in canonical form (--check lists them instead).",
        mixinStandardHelpOptions = true)
final class FmtCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BOARD", description = "The board: its folder, its board.yaml, or a .storm file (rewritten in place).")
    Path board;

    @Option(names = "--check", description = "Change nothing: list the files that are not canonical and exit 1 if there are any.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Optional<BoardArgument> argument = BoardArgument.of(board, err);
        if (argument.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        try (BoardArgument given = argument.get()) {
            Optional<LoadedBoard> read = given.read(err);
            if (read.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            LoadedBoard loaded = read.get();
            ProblemPrinter printer = new ProblemPrinter(given.shownAs());
            printer.print(loaded.problems(), err);
            List<String> changed;
            try {
                changed = loaded.files().format(loaded.board(), !check);
                if (!check && !changed.isEmpty() && given.isArchive()) {
                    given.repack();
                }
            } catch (IOException e) {
                err.println("eventstorm fmt: " + given.named(e.getMessage()));
                return ExitCodes.BAD_INPUT;
            }
            for (String path : changed) {
                out.println((check ? "" : "formatted ") + printer.location(path));
            }
            if (loaded.problems().stream().anyMatch(Problem::isError)) {
                return ExitCodes.BAD_INPUT;
            }
            return check && !changed.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
        }
    }
}
