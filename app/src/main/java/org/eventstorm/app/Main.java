package org.eventstorm.app;

import org.eventstorm.app.cli.EventStormCommand;

/** The one entry point of the jar: the command line (and, without arguments, the desktop app). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(EventStormCommand.run(args));
    }
}
