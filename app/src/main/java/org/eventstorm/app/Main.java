package org.eventstorm.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.eventstorm.app.cli.EventStormCommand;
import org.eventstorm.app.document.BoardLocation;
import org.eventstorm.app.network.OfflineNames;

/**
 * The entry point of the jar and of the installed app: without arguments the desktop app (its welcome screen); with
 * one argument that is a board (a folder, a board.yaml, a .storm file, as the desktop passes a double-clicked file)
 * or {@code open BOARD}, the desktop app on it; otherwise the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OfflineNames.apply();
        if (args.length == 0) {
            EventStormApp.launchOn(null);
            System.exit(0);
        }
        Optional<Path> board = boardToOpen(args);
        if (board.isPresent()) {
            System.exit(EventStormApp.launchOnBoard(board.get(), new PrintWriter(System.err, true)) ? 0 : 2);
        }
        System.exit(EventStormCommand.run(args, EventStormApp::launchOnBoard));
    }

    /**
     * The board the arguments open, when they only open one: the desktop's double-clicked file or {@code open BOARD}.
     * These skip building the command line (a quarter of a second of the start); every other form goes through it.
     */
    static Optional<Path> boardToOpen(String[] args) {
        if (args.length == 1 && !args[0].startsWith("-") && !EventStormCommand.isCommand(args[0]) && BoardLocation.isBoard(Path.of(args[0]))) {
            return Optional.of(Path.of(args[0]));
        }
        if (args.length == 2 && args[0].equals("open") && !args[1].startsWith("-")) {
            return Optional.of(Path.of(args[1]));
        }
        return Optional.empty();
    }
}
