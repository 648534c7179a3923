package org.eventstorm.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What {@code eventstorm open} starts: the desktop app, given to the command line by the entry point (the command
 * line itself knows nothing of windows).
 */
@FunctionalInterface
public interface DesktopApp {
    /**
     * Opens the desktop app on {@code board}, or on the welcome screen for none; false when the board could not be
     * opened, after saying why on {@code err}.
     */
    boolean open(Path board, PrintWriter err);
}
