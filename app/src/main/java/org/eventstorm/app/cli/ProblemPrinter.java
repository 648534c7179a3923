package org.eventstorm.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.eventstorm.model.file.Problem;

/** Prints problems as {@code path:line: message} with paths as the user named the board, so they can be clicked. */
final class ProblemPrinter {
    private final Path board;

    ProblemPrinter(Path board) {
        this.board = board;
    }

    String location(String relative) {
        String path = board.resolve(relative).normalize().toString();
        return relative.endsWith("/") ? path + "/" : path;
    }

    void print(List<Problem> problems, PrintWriter err) {
        for (Problem problem : problems) {
            String where = location(problem.path()) + (problem.line() > 0 ? ":" + problem.line() : "");
            String label = switch (problem.severity()) {
                case ERROR -> "error: ";
                case WARNING -> "warning: ";
                case INFO -> "note: ";
            };
            err.println(where + ": " + label + problem.message());
        }
    }
}
