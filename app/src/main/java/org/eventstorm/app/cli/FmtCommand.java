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

    @Parameters(paramLabel = "BOARD", description = "The board folder (the one holding board.yaml).")
    Path board;

    @Option(names = "--check", description = "Change nothing: list the files that are not canonical and exit 1 if there are any.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Optional<LoadedBoard> read = BoardArgument.read(board, err);
        if (read.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        LoadedBoard loaded = read.get();
        ProblemPrinter printer = new ProblemPrinter(board);
        printer.print(loaded.problems(), err);
        List<String> changed = loaded.files().format(loaded.board(), !check);
        for (String path : changed) {
            out.println((check ? "" : "formatted ") + printer.location(path));
        }
        if (loaded.problems().stream().anyMatch(Problem::isError)) {
            return ExitCodes.BAD_INPUT;
        }
        return check && !changed.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
