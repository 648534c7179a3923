package org.eventstorm.model.edit;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.Stream;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Swimlane;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Names;
import org.eventstorm.model.sticky.Retry;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.support.SampleBoards;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Undo of every kind of edit gives back exactly the board before it; redo exactly the board after it. */
class EditUndoTest {

    static Stream<Arguments> edits() {
        Board sample = SampleBoards.orderFulfillment();
        List<BoundedContext> contexts = new java.util.ArrayList<>(sample.settings().contexts());
        contexts.add(BoundedContext.of("Returns", "returns-service", new Swimlane(1700, 340)));
        return Stream.of(
                Arguments.of("add", AddSticky.at(StickyKind.HOTSPOT.create("Refund Timing"), new Geometry(100, 1800, 170, 110))),
                Arguments.of("add where it fits", AddSticky.at(StickyKind.ACTOR.create("Support Agent"), null)),
                Arguments.of("remove", new RemoveSticky(id("commands/place-order"))),
                Arguments.of("move", new MoveSticky(id("events/order-placed"), new Geometry(2000, 400, 170, 110))),
                Arguments.of("resize", new MoveSticky(id("aggregates/order"), new Geometry(1790, 360, 260, 200))),
                Arguments.of("edit scalar", new EditField(id("events/order-placed"), Field.TIMESTAMP, Text.of("at checkout"))),
                Arguments.of("add key", new EditField(id("commands/place-order"), Field.TIMEOUT, Text.of("2s"))),
                Arguments.of("remove key", new EditField(id("commands/reserve-inventory"), Field.RETRY, Retry.EMPTY)),
                Arguments.of("edit list", new EditField(id("aggregates/order"), Field.INVARIANTS, Markdown.list("Total is never negative"))),
                Arguments.of("edit names", new EditField(id("hotspots/payment-race-condition"), Field.ABOUT, Names.of("Payment"))),
                Arguments.of("edit intro", new EditIntro(id("actors/customer"), Markdown.of("Our most important person."))),
                Arguments.of("rename", new RenameSticky(id("events/order-placed"), "Order Submitted")),
                Arguments.of("link", new LinkStickies(id("actors/customer"), id("commands/confirm-order"))),
                Arguments.of("unlink", new UnlinkStickies(id("commands/place-order"), id("events/order-rejected"))),
                Arguments.of("settings", new EditSettings(sample.settings().withTitle("Checkout").withLevel(Level.DESIGN).withContexts(contexts))),
                Arguments.of("batch", Batch.of("Several", new RemoveSticky(id("events/order-shipped")),
                        new RenameSticky(id("commands/create-shipment"), "Ship Order"),
                        new MoveSticky(id("policies/initiate-fulfillment"), new Geometry(0, 0, 170, 110)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void undoAndRedoRestoreTheExactModel(String label, Edit edit) {
        Board board = SampleBoards.orderFulfillment();
        BoardSnapshot before = board.snapshot();
        board.apply(edit);
        BoardSnapshot after = board.snapshot();
        assertNotEquals(before, after, label + " changed the board");
        board.undo();
        assertEquals(before, board.snapshot());
        board.redo();
        assertEquals(after, board.snapshot());
        board.undo();
        assertEquals(before, board.snapshot());
    }
}
