package org.eventstorm.model.edit;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.FlowChain;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FrontMatterEntry;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Section;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.support.SampleBoards;
import org.junit.jupiter.api.Test;

/** A sticky made another kind keeps its name, place and what it says; what only the old kind could hold is not lost. */
class ChangeKindTest {
    @Test
    void anEventBecomesACommandInPlaceAndUndoRestoresIt() {
        Board board = Board.empty(BoardSettings.titled("t"));
        board.apply(AddSticky.at(StickyKind.EVENT.create("Approve Refund"), new Geometry(100, 100, 170, 110)));
        StickyId event = id("events/approve-refund");
        board.apply(new EditField(event, Field.BUSINESS_CONTEXT, Markdown.of("Refunds over 100 need a manager.")));
        BoardSnapshot before = board.snapshot();
        board.apply(new ChangeKind(event, StickyKind.COMMAND));
        StickyId command = id("commands/approve-refund");
        assertEquals("Approve Refund", board.get(command).name());
        assertEquals(Optional.of(new Geometry(100, 100, 170, 110)), board.geometry(command));
        assertTrue(board.get(command).content().sections().stream().anyMatch(section -> section instanceof Section.Unknown unknown
                && unknown.title().equals("Business Context") && unknown.body().source().contains("manager")),
                "a section the command has not is kept under its title");
        assertTrue(!board.contains(event));
        board.undo();
        assertEquals(before, board.snapshot());
    }

    @Test
    void whatOnlyTheOldKindHoldsStaysAndComesBackWithTheKind() {
        Board board = SampleBoards.orderFulfillment();
        StickyId placed = id("events/order-placed");
        var before = board.get(placed);
        board.apply(new ChangeKind(placed, StickyKind.POLICY));
        StickyId policy = id("policies/order-placed");
        var asPolicy = board.get(policy);
        assertTrue(asPolicy.content().frontMatter().stream().anyMatch(entry -> entry instanceof FrontMatterEntry.Held held
                && held.field() == Field.EVENT_TYPE && held.value().equals(Text.of("orders.order.placed.v1"))),
                "never refused: the event type is kept as written " + asPolicy.content().frontMatter());
        assertTrue(asPolicy.content().frontMatter().stream().anyMatch(entry -> entry.key().equals("schema")), "and the schema");
        BoardSnapshot asPolicySnapshot = board.snapshot();
        board.undo();
        assertEquals(before, board.get(placed), "one undo step back");
        board.redo();
        assertEquals(asPolicySnapshot, board.snapshot());
        board.apply(new ChangeKind(policy, StickyKind.EVENT));
        assertEquals(before.content(), board.get(placed).content(), "changed back, the event is as it was");
    }

    @Test
    void sharedKeysComeAlong() {
        Board board = Board.empty(BoardSettings.titled("t"));
        board.apply(AddSticky.at(StickyKind.COMMAND.create("Ship"), new Geometry(0, 0, 170, 110)));
        board.apply(new EditField(id("commands/ship"), Field.CONTEXT, Text.of("Shipping")));
        board.apply(new ChangeKind(id("commands/ship"), StickyKind.EVENT));
        assertEquals(Optional.of("Shipping"), board.get(id("events/ship")).content().text(Field.CONTEXT));
    }

    @Test
    void theFlowGoesActorCommandEventPolicyCommand() {
        List<StickyKind> flow = new java.util.ArrayList<>(List.of(StickyKind.ACTOR));
        for (int i = 0; i < 4; i++) {
            flow.add(FlowChain.next(flow.get(flow.size() - 1)).orElseThrow());
        }
        assertEquals(List.of(StickyKind.ACTOR, StickyKind.COMMAND, StickyKind.EVENT, StickyKind.POLICY, StickyKind.COMMAND), flow);
        assertEquals(Optional.empty(), FlowChain.next(StickyKind.HOTSPOT));
    }
}
