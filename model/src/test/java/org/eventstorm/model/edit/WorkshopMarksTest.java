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
import org.eventstorm.model.sticky.Comment;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
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

    @Test
    void commentsAreAddedToAnyStickyWithWhoAndWhenAndUndoneInOneStep() {
        Board board = SampleBoards.orderFulfillment();
        StickyId policy = id("policies/reserve-inventory");
        assertEquals(List.of(), board.get(policy).comments());
        board.apply(new AddComment(policy, new Comment("Ana", "2026-12-06", "Who decides\nthe timeout?")));
        board.apply(new AddComment(policy, new Comment("Ben", "2026-12-06", "Ops does")));
        assertEquals(List.of(new Comment("Ana", "2026-12-06", "Who decides the timeout?"), new Comment("Ben", "2026-12-06", "Ops does")),
                board.get(policy).comments());
        assertEquals("- **Ana** \u00B7 2026-12-06: Who decides the timeout?\n- **Ben** \u00B7 2026-12-06: Ops does",
                board.get(policy).content().markdown(Field.COMMENTS).source());
        board.undo();
        assertEquals(1, board.get(policy).comments().size());
        assertThrows(EditRefused.class, () -> board.apply(new AddComment(policy, new Comment("Ana", "2026-12-06", "  "))));
        assertEquals(new Comment("", "", "a remark written by hand"), Comment.parse("a remark written by hand"));
        assertTrue(StickyKind.EVENT.create("Order Placed").content().sections().stream().noneMatch(section -> section.title().equals("Comments")),
                "a new sticky's file has no Comments heading until someone comments");
    }
}
