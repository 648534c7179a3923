package org.eventstorm.model.file;

import java.util.List;
import org.eventstorm.model.board.Board;

/**
 * A board read from its folder: the board, its files (for saving), and what was wrong with them. A file with
 * an error is not on the board and will not be written; the rest of the board is.
 */
public record LoadedBoard(Board board, BoardFiles files, List<Problem> problems) {
    public LoadedBoard {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
