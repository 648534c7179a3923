package org.eventstorm.app.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.eventstorm.model.file.BoardArchive;

/** The line {@code pack} and {@code unpack} print about the files they left out, so nothing goes missing unsaid. */
final class LeftOut {
    private LeftOut() {
    }

    static void print(BoardArchive.Result result, PrintWriter out) {
        if (!result.leftOut().isEmpty()) {
            out.println("left out " + result.leftOut().size() + ": "
                    + result.leftOut().stream().map(BoardArchive.LeftOutFile::toString).collect(Collectors.joining(", ")));
        }
    }
}
