package org.eventstorm.model.file;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Boundary;
import org.eventstorm.model.edit.AddComment;
import org.eventstorm.model.edit.EditBoundary;
import org.eventstorm.model.edit.MarkPivotal;
import org.eventstorm.model.sticky.Comment;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pivotal events are kept in their files, boundaries in board.yaml; both read back as they were written. */
class WorkshopMarksFilesTest {
    @TempDir
    Path temp;

    @Test
    void pivotalEventsAndBoundariesAreSavedAndReadBack() throws Exception {
        Path folder = BoardFolders.copyOfSample("order-fulfillment", temp);
        LoadedBoard loaded = BoardReader.read(folder);
        Board board = loaded.board();
        board.apply(new MarkPivotal(List.of(id("events/order-placed"))));
        board.apply(EditBoundary.add(new Boundary(1480, "Fulfilment begins")));
        board.apply(new AddComment(id("events/order-placed"), new Comment("Ana", "2026-12-06", "Is this Order Submitted?")));
        loaded.files().save(board);
        String event = Files.readString(folder.resolve("events/order-placed.md"));
        assertTrue(event.contains("\npivotal: true\n"), event);
        assertTrue(event.endsWith("## Comments\n\n- **Ana** \u00B7 2026-12-06: Is this Order Submitted?\n")
                || event.endsWith("## Comments\n- **Ana** \u00B7 2026-12-06: Is this Order Submitted?\n"), event);
        String yaml = Files.readString(folder.resolve("board.yaml"));
        assertTrue(yaml.contains("boundaries:\n- x: 1480\n  label: \"Fulfilment begins\"\n")
                || yaml.contains("boundaries:\n  - x: 1480\n    label: \"Fulfilment begins\"\n")
                || yaml.contains("label: Fulfilment begins"), yaml);

        LoadedBoard again = BoardReader.read(folder);
        assertEquals(List.of(), again.problems());
        assertTrue(((DomainEvent) again.board().get(id("events/order-placed"))).isPivotal());
        assertEquals(List.of(new Comment("Ana", "2026-12-06", "Is this Order Submitted?")), again.board().get(id("events/order-placed")).comments());
        assertEquals(List.of(new Boundary(1480, "Fulfilment begins")), again.board().settings().boundaries());
        again.files().save(again.board());
        assertEquals(yaml, Files.readString(folder.resolve("board.yaml")), "saved again unchanged");
    }

    @Test
    void aBoundaryWithoutAPlaceIsALocatedError() throws Exception {
        Path folder = BoardFolders.copyOfSample("order-fulfillment", temp);
        Path yaml = folder.resolve("board.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("level: design\n", "level: design\nboundaries:\n  - label: Somewhere\n"));
        LoadedBoard loaded = BoardReader.read(folder);
        assertEquals("board.yaml:5: every boundary needs an x, a whole number of canvas units, e.g. '- {x: 1200, label: Fulfilment}'"
                + " (the board opens with default settings; board.yaml is left untouched until it is fixed)", loaded.problems().get(0).toString());
    }
}
