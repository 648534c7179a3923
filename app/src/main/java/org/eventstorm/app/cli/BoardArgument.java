package org.eventstorm.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;

/** The BOARD argument of a command: read the folder, or say on standard error why it cannot be read. */
final class BoardArgument {
    private BoardArgument() {
    }

    /** The board in {@code folder}; empty (after a {@code path: error: ...} line on {@code err}) when it cannot be read at all. */
    static Optional<LoadedBoard> read(Path folder, PrintWriter err) {
        try {
            return Optional.of(BoardReader.read(folder));
        } catch (IOException e) {
            err.println(folder + ": error: " + e.getMessage());
            return Optional.empty();
        }
    }
}
