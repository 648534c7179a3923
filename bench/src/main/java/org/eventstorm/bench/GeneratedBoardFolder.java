package org.eventstorm.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Writes a generated board to a folder, for the benchmarks that run whole commands on one:
 * {@code GeneratedBoardFolder STICKIES FOLDER}. Prints how many of its stickies are events.
 */
public final class GeneratedBoardFolder {
    private GeneratedBoardFolder() {
    }

    public static void main(String[] args) throws Exception {
        Board board = new BoardGenerator(2026).generate(Integer.parseInt(args[0]));
        BoardFiles.forNewBoard(Path.of(args[1])).save(board);
        long events = board.stickies().values().stream().filter(sticky -> sticky.kind() == StickyKind.EVENT).count();
        System.out.printf(Locale.ROOT, "%d stickies, %d events, in %s%n", board.size(), events, args[1]);
    }
}
