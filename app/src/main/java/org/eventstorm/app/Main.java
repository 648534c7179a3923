package org.eventstorm.app;

import java.nio.file.Path;
import org.eventstorm.app.cli.EventStormCommand;
import org.eventstorm.app.document.BoardLocation;

/**
 * The entry point of the jar and of the installed app: without arguments the desktop app (its welcome screen); with
 * one argument that is a board (a folder, a board.yaml, a .storm file, as the desktop passes a double-clicked file)
 * the desktop app on it; otherwise the command line.
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
        if (args.length == 1 && !args[0].startsWith("-") && !EventStormCommand.isCommand(args[0]) && BoardLocation.isBoard(Path.of(args[0]))) {
            System.exit(EventStormCommand.run(new String[] {"open", args[0]}));
        }
        System.exit(EventStormCommand.run(args));
    }
}
