package org.eventstorm.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.junit.jupiter.api.Test;

/** What a participant's page is sent of the board: a free note comes with its own colour, and can be written at big picture. */
class BoardViewTest {
    @Test
    void aFreeNoteIsSentWithItsOwnColour() {
        Board board = Board.empty(BoardSettings.titled("Notes").withLevel(Level.BIG_PICTURE));
        board.apply(AddSticky.at(StickyKind.NOTE.create("Parking lot").with(Field.COLOR, Text.of("teal")), new Geometry(0, 0, 160, 100)));
        board.apply(AddSticky.at(StickyKind.EVENT.create("Order Placed"), new Geometry(200, 0, 160, 100)));
        BoardView view = BoardView.of(board);
        BoardView.StickyView note = view.stickies().stream().filter(sticky -> sticky.kind().equals("note")).findFirst().orElseThrow();
        assertEquals("#C3FAE8", note.color());
        assertNull(view.stickies().stream().filter(sticky -> sticky.kind().equals("event")).findFirst().orElseThrow().color(),
                "the other kinds have their kind's colour");
        assertTrue(view.kinds().stream().anyMatch(kind -> kind.kind().equals("note")), "participants may write notes: " + view.kinds());
    }
}
