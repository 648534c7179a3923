package org.eventstorm.exporters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.support.BoardFolders;

/** The boards the interchange formats are checked on: both samples, the hostile board and a generated 500-sticky board. */
public final class ExportBoards {
    private ExportBoards() {
    }

    public static Stream<String> names() {
        return Stream.of("order-fulfillment", "user-registration", "hostile", "generated-500");
    }

    public static Board board(String name) throws IOException {
        return switch (name) {
            case "hostile" -> BoardReader.read(Path.of("src/test/resources/boards/hostile")).board();
            case "generated-500" -> new BoardGenerator(2027).generate(500);
            default -> BoardReader.read(BoardFolders.SAMPLES.resolve(name)).board();
        };
    }
}
