package org.eventstorm.app;

import org.eventstorm.app.cli.EventStormCommand;

/** The one entry point of the jar: the command line (and, without arguments, the desktop app). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OfflineNames.apply();
        if (args.length == 0) {
            EventStormApp.launchOn(null);
            System.exit(0);
        }
        System.exit(EventStormCommand.run(args));
    }
}
