package org.eventstorm.model.edit;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.sticky.Aggregate;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.Policy;
import org.eventstorm.model.sticky.ReadModel;
import org.eventstorm.model.support.SampleBoards;
import org.junit.jupiter.api.Test;

class RenameStickyTest {

    @Test
    void renameMovesTheStickyAndRewritesEveryReferenceInOneStep() {
        Board board = SampleBoards.orderFulfillment();
        BoardSnapshot before = board.snapshot();
        var geometry = board.geometry(id("events/order-placed")).orElseThrow();

        board.apply(new RenameSticky(id("events/order-placed"), "Order Submitted"));

        assertFalse(board.contains(id("events/order-placed")));
        assertEquals("Order Submitted", board.get(id("events/order-submitted")).name());
        assertEquals(Optional.of(geometry), board.geometry(id("events/order-submitted")));
        assertEquals(List.of("Order Submitted (success case)", "Order Rejected (failure case)"),
                ((Command) board.get(id("commands/place-order"))).producesEvents(), "the note is kept");
        assertEquals(List.of("Order Submitted", "Order Rejected", "Order Confirmed"), ((Aggregate) board.get(id("aggregates/order"))).eventsEmitted());
        assertEquals(Optional.of("Order Submitted"), ((Policy) board.get(id("policies/reserve-inventory"))).triggerEvent());
        assertEquals("Order Submitted", ((ReadModel) board.get(id("read-models/order-status"))).builtFrom().get(0));
        assertEquals("Rename 'Order Placed' to 'Order Submitted'", board.undoDescription().orElseThrow());

        board.undo();
        assertEquals(before, board.snapshot());
        assertFalse(board.canUndo());
    }

    @Test
    void aKindHintIsKeptAndOnlyThatKindFollows() {
        Board board = SampleBoards.orderFulfillment();
        board.apply(new RenameSticky(id("policies/authorize-payment"), "Take Payment"));
        assertEquals(List.of("Take Payment (policy)"), ((Hotspot) board.get(id("hotspots/payment-race-condition"))).about());
        assertEquals(List.of("Authorize Payment", "Refund Payment"),
                ((org.eventstorm.model.sticky.ExternalSystem) board.get(id("external-systems/payment-gateway"))).receivesCommands(),
                "the command of the old name is another sticky and keeps its references");
    }

    @Test
    void aCaseOnlyRenameKeepsTheId() {
        Board board = SampleBoards.orderFulfillment();
        board.apply(new RenameSticky(id("events/order-placed"), "Order placed"));
        assertTrue(board.contains(id("events/order-placed")));
        assertEquals("Order placed", board.get(id("events/order-placed")).name());
    }

    @Test
    void aNameTakenByAnotherStickyGetsASuffixedId() {
        Board board = SampleBoards.orderFulfillment();
        board.apply(new RenameSticky(id("events/order-rejected"), "Order Placed"));
        assertTrue(board.contains(id("events/order-placed-2")));
        assertEquals(2, board.named(org.eventstorm.model.sticky.StickyKind.EVENT, "Order Placed").size());
    }

    @Test
    void blankOrMultiLineNamesAreRefused() {
        Board board = SampleBoards.orderFulfillment();
        assertThrows(EditRefused.class, () -> board.apply(new RenameSticky(id("events/order-placed"), "  ")));
        assertThrows(EditRefused.class, () -> board.apply(new RenameSticky(id("events/order-placed"), "two\nlines")));
    }
}
