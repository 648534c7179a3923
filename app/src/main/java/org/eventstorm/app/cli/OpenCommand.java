package org.eventstorm.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventstorm.app.EventStormApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code eventstorm open [BOARD]}: opens the desktop app, on a board or on a new empty one. */
@Command(name = "open", description = "Open the desktop app on a board (or a new empty board).", mixinStandardHelpOptions = true)
final class OpenCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BOARD", arity = "0..1", description = "The board folder to open.")
    Path board;

    @Override
    public Integer call() {
        if (board != null && !Files.isDirectory(board)) {
            spec.commandLine().getErr().println(board + ": error: is not a folder; give the board folder (the one holding board.yaml)");
            return ExitCodes.BAD_INPUT;
        }
        EventStormApp.launchOn(board);
        return ExitCodes.OK;
    }
}
