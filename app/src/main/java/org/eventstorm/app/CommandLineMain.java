package org.eventstorm.app;

import org.eventstorm.app.cli.EventStormCommand;
import org.eventstorm.app.network.OfflineNames;

/**
 * The entry point of the installed {@code eventstorm} launcher: always the command line (without arguments, its
 * usage), never the desktop app, so scripts and CI get text and exit codes.
 */
public final class CommandLineMain {
    private CommandLineMain() {
    }

    public static void main(String[] args) {
        OfflineNames.apply();
        System.exit(EventStormCommand.run(args, EventStormApp::launchOnBoard));
    }
}
