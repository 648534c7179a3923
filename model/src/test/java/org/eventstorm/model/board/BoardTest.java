package org.eventstorm.model.board;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.Batch;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.edit.MoveSticky;
import org.eventstorm.model.edit.RemoveSticky;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.support.SampleBoards;
import org.junit.jupiter.api.Test;

class BoardTest {

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromAnEditAlreadyMade() {
        Board board = Board.empty(BoardSettings.titled("t"));
        List<Long> journal = new ArrayList<>();
        board.addListener(change -> {
            throw new IllegalStateException("a view broke");
        });
        board.addListener(change -> journal.add(change.revision()));
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> board.apply(AddSticky.at(StickyKind.EVENT.create("Order Placed"), null)));
        assertEquals("a view broke", thrown.getMessage(), "without a handler the failure reaches the caller");
        assertEquals(List.of(1L), journal, "after every other listener heard of the edit");
        assertEquals(1, board.size(), "and the edit stands");

        List<String> reported = new ArrayList<>();
        board.onListenerFailure(failure -> reported.add(failure.getMessage()));
        board.apply(AddSticky.at(StickyKind.EVENT.create("Order Shipped"), null));
        assertEquals(List.of(1L, 2L), journal);
        assertEquals(List.of("a view broke"), reported, "with a handler it is reported, not thrown");
        board.undo();
        assertEquals(List.of(1L, 2L, 3L), journal, "undo too");
    }

    @Test
    void listenersHearInTheirTurnWhateverOrderTheyWereAddedIn() {
        Board board = Board.empty(BoardSettings.titled("t"));
        List<String> heard = new ArrayList<>();
        board.addListener(change -> heard.add("view"));
        board.addListener(Hearing.DOCUMENT, change -> heard.add("document"));
        board.addListener(Hearing.FOLLOWERS, change -> heard.add("journal"));
        board.addListener(Hearing.DERIVED, change -> heard.add("validator"));
        board.apply(AddSticky.at(StickyKind.EVENT.create("Order Placed"), null));
        assertEquals(List.of("validator", "document", "view", "journal"), heard,
                "derived state first, then the document, then the followers in the order they were added");
    }

    @Test
    void listenersHearEveryEditUndoAndRedoWithARisingRevision() {
        Board board = SampleBoards.orderFulfillment();
        List<BoardChange> heard = new ArrayList<>();
        board.addListener(heard::add);
        BoardChange added = board.apply(AddSticky.at(StickyKind.EVENT.create("Order Archived"), new Geometry(0, 0, 170, 110)));
        assertEquals(List.of(id("events/order-archived")), added.addedIds());
        board.undo();
        board.redo();
        assertEquals(List.of(BoardChange.Cause.EDIT, BoardChange.Cause.UNDO, BoardChange.Cause.REDO),
                heard.stream().map(BoardChange::cause).toList());
        assertEquals(List.of(1L, 2L, 3L), heard.stream().map(BoardChange::revision).toList());
        assertEquals("Add Domain Event 'Order Archived'", heard.get(1).description());
        assertEquals(heard.get(0).changes().size(), heard.get(1).changes().size());
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        Board board = SampleBoards.orderFulfillment();
        var placed = id("events/order-placed");
        BoardChange change = board.apply(new MoveSticky(placed, board.geometry(placed).orElseThrow()));
        assertTrue(change.changes().isEmpty());
        assertFalse(board.canUndo());
        assertEquals(0, board.revision());
    }

    @Test
    void aRefusedBatchLeavesTheBoardExactlyAsItWas() {
        Board board = SampleBoards.orderFulfillment();
        BoardSnapshot before = board.snapshot();
        Batch batch = Batch.of("Tidy up",
                new RemoveSticky(id("events/order-placed")),
                new EditField(id("events/order-placed"), Field.TIMESTAMP, Text.of("never")));
        assertThrows(EditRefused.class, () -> board.apply(batch));
        assertEquals(before, board.snapshot());
        assertFalse(board.canUndo());
    }

    @Test
    void aBatchIsOneUndoStep() {
        Board board = SampleBoards.orderFulfillment();
        BoardSnapshot before = board.snapshot();
        board.apply(Batch.of("Delete two", new RemoveSticky(id("events/order-placed")), new RemoveSticky(id("events/order-shipped"))));
        assertEquals(35, board.size());
        assertEquals("Delete two", board.undoDescription().orElseThrow());
        board.undo();
        assertEquals(before, board.snapshot());
    }

    @Test
    void aListenerCannotStartAnotherEdit() {
        Board board = SampleBoards.orderFulfillment();
        board.addListener(change -> board.apply(new RemoveSticky(id("events/order-placed"))));
        assertThrows(IllegalStateException.class,
                () -> board.apply(new MoveSticky(id("events/order-shipped"), new Geometry(1, 1, 170, 110))));
    }

    @Test
    void newIdsAvoidTakenAndReservedOnes() {
        Board board = SampleBoards.orderFulfillment();
        board.reserve(id("events/order-archived"));
        assertEquals(id("events/order-placed-2"), board.newId(StickyKind.EVENT, "Order placed"));
        assertEquals(id("events/order-archived-2"), board.newId(StickyKind.EVENT, "Order Archived"));
    }

    @Test
    void namesAreFoundWhateverTheirCase() {
        Board board = SampleBoards.orderFulfillment();
        assertEquals(List.of(id("events/order-placed")), board.named(StickyKind.EVENT, "order placed"));
        assertEquals(List.of(id("events/order-placed")), board.named(StickyKind.EVENT, "OrderPlaced"));
        assertEquals(List.of(), board.named(StickyKind.COMMAND, "Order Placed"));
    }
}
