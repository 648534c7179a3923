package org.eventstorm.model.file;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.edit.ChangeKind;
import org.eventstorm.model.sticky.Section;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sticky made another kind keeps, in its file, what only the old kind holds, and gets it back when made that kind again. */
class KindChangeFilesTest {
    @Test
    void whatIsKeptSurvivesASaveAndComesBackAfterReading(@TempDir Path temp) throws Exception {
        Path folder = BoardFolders.copyOfSample("order-fulfillment", temp);
        LoadedBoard loaded = BoardReader.read(folder);
        Board board = loaded.board();
        StickyId placed = id("events/order-placed");
        var before = board.get(placed);
        board.apply(new ChangeKind(placed, StickyKind.COMMAND));
        loaded.files().save(board);
        String file = Files.readString(folder.resolve("commands/order-placed.md"));
        assertTrue(file.contains("event_type: orders.order.placed.v1") || file.contains("event_type: \"orders.order.placed.v1\""), file);
        assertTrue(file.contains("## Data Carried"), file);

        LoadedBoard again = BoardReader.read(folder);
        assertEquals(List.of(), again.problems().stream().filter(problem -> problem.isError()).toList());
        again.board().apply(new ChangeKind(id("commands/order-placed"), StickyKind.EVENT));
        assertEquals(before.content().frontMatter(), again.board().get(placed).content().frontMatter(), "every key typed again");
        assertEquals(before.content().sections().stream().map(Section::title).toList(),
                again.board().get(placed).content().sections().stream().map(Section::title).toList(), "every section in its place");
    }

}
