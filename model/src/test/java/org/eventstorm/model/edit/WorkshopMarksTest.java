package org.eventstorm.model.edit;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Boundary;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.support.SampleBoards;
import org.eventstorm.model.validate.Validator;
import org.junit.jupiter.api.Test;

/** The marks a big-picture workshop makes: pivotal events and boundaries across the lanes, each one undo step. */
class WorkshopMarksTest {
    private static final StickyId PLACED = id("events/order-placed");
    private static final StickyId SHIPPED = id("events/order-shipped");

    @Test
    void oneKeyMarksTheSelectedEventsPivotalAndAgainUnmarksThem() {
        Board board = SampleBoards.orderFulfillment();
        List<String> findings = Validator.validate(board).stream().map(Object::toString).toList();
        MarkPivotal mark = new MarkPivotal(List.of(PLACED, SHIPPED, id("commands/place-order")));
        assertEquals("Mark 2 events pivotal", mark.description(board));
        board.apply(mark);
        assertTrue(((DomainEvent) board.get(PLACED)).isPivotal() && ((DomainEvent) board.get(SHIPPED)).isPivotal());
        assertEquals(findings, Validator.validate(board).stream().map(Object::toString).toList(), "the validator leaves the mark alone");
        assertEquals("Unmark 2 events as pivotal", mark.description(board));
        board.apply(mark);
        assertFalse(((DomainEvent) board.get(PLACED)).isPivotal());
        board.undo();
        assertTrue(((DomainEvent) board.get(SHIPPED)).isPivotal(), "one undo step each way");
        EditRefused refused = assertThrows(EditRefused.class, () -> board.apply(new MarkPivotal(List.of(id("commands/place-order")))));
        assertTrue(refused.getMessage().startsWith("Select a domain event"), refused.getMessage());
    }

    @Test
    void boundariesAreAddedMovedAndRemovedAsUndoableEditsLeftToRight() {
        Board board = SampleBoards.orderFulfillment();
        board.apply(EditBoundary.add(new Boundary(1500, "Fulfilment")));
        board.apply(EditBoundary.add(new Boundary(600, "Checkout")));
        assertEquals(List.of(new Boundary(600, "Checkout"), new Boundary(1500, "Fulfilment")), board.settings().boundaries());
        EditBoundary move = EditBoundary.change(new Boundary(600, "Checkout"), new Boundary(700, "Checkout"));
        assertEquals("Move boundary 'Checkout'", move.description(board));
        board.apply(move);
        board.apply(EditBoundary.remove(new Boundary(1500, "Fulfilment")));
        assertEquals(List.of(new Boundary(700, "Checkout")), board.settings().boundaries());
        board.undo();
        board.undo();
        assertEquals(List.of(new Boundary(600, "Checkout"), new Boundary(1500, "Fulfilment")), board.settings().boundaries());
        assertThrows(EditRefused.class, () -> board.apply(EditBoundary.remove(new Boundary(9, "Nowhere"))));
        assertThrows(IllegalArgumentException.class, () -> new Boundary(0, "two\nlines"));
    }
}
