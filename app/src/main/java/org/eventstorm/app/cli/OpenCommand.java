package org.eventstorm.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code eventstorm open [BOARD]}: opens the desktop app, on a board or on the welcome screen. */
@Command(name = "open", description = "Open the desktop app on a board (or on the welcome screen).", mixinStandardHelpOptions = true)
final class OpenCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    EventStormCommand parent;

    @Parameters(paramLabel = "BOARD", arity = "0..1", description = "The board folder to open, its board.yaml, or a .storm file"
            + " (unpacked beside itself first).")
    Path board;

    @Override
    public Integer call() {
        return parent.desktop().open(board, spec.commandLine().getErr()) ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
