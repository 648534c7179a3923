package org.eventstorm.model.edit;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.sticky.Aggregate;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.Policy;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.SampleBoards;
import org.junit.jupiter.api.Test;

class LinkStickiesTest {

    @Test
    void drawingAnArrowWritesTheFieldTheGrammarNames() {
        Board board = SampleBoards.orderFulfillment();
        board.apply(new LinkStickies(id("actors/customer"), id("commands/confirm-order")));
        assertEquals(Optional.of("Customer"), ((Command) board.get(id("commands/confirm-order"))).actor());

        board.apply(new LinkStickies(id("commands/place-order"), id("events/order-confirmed")));
        assertEquals(List.of("Order Placed (success case)", "Order Rejected (failure case)", "Order Confirmed"),
                ((Command) board.get(id("commands/place-order"))).producesEvents());

        board.apply(new LinkStickies(id("commands/refund-payment"), id("aggregates/order")));
        assertEquals(List.of("Place Order", "Confirm Order", "Refund Payment"), ((Aggregate) board.get(id("aggregates/order"))).commandsHandled());
    }

    @Test
    void aSingleValuedFieldIsReplaced() {
        Board board = SampleBoards.orderFulfillment();
        board.apply(new LinkStickies(id("events/order-rejected"), id("policies/reserve-inventory")));
        assertEquals(Optional.of("Order Rejected"), ((Policy) board.get(id("policies/reserve-inventory"))).triggerEvent());
    }

    @Test
    void aHotspotNamesTheKindWhenTheNameIsAmbiguous() {
        Board board = SampleBoards.orderFulfillment();
        board.apply(new LinkStickies(id("hotspots/inventory-sync-delay"), id("commands/reserve-inventory")));
        assertEquals(List.of("Reserve Inventory (policy)", "Reserve Inventory (command)"),
                ((Hotspot) board.get(id("hotspots/inventory-sync-delay"))).about());
        board.apply(new LinkStickies(id("hotspots/inventory-sync-delay"), id("events/order-placed")));
        assertEquals("Order Placed", ((Hotspot) board.get(id("hotspots/inventory-sync-delay"))).about().get(2));
    }

    @Test
    void linkingTwiceChangesNothing() {
        Board board = SampleBoards.orderFulfillment();
        var change = board.apply(new LinkStickies(id("commands/place-order"), id("events/order-placed")));
        assertTrue(change.changes().isEmpty());
    }

    @Test
    void aForbiddenPairIsRefusedWithTheAllowedTargets() {
        Board board = SampleBoards.orderFulfillment();
        EditRefused refused = assertThrows(EditRefused.class,
                () -> board.apply(new LinkStickies(id("events/order-placed"), id("aggregates/order"))));
        assertEquals("A Domain Event cannot point at an Aggregate. It can point at a Policy (triggers) or a Read Model (builds).",
                refused.getMessage());
        assertThrows(EditRefused.class, () -> board.apply(new LinkStickies(id("events/order-placed"), id("events/order-placed"))));
    }

    @Test
    void unlinkRemovesTheNameAndKeepsTheRest() {
        Board board = SampleBoards.orderFulfillment();
        board.apply(new UnlinkStickies(id("commands/place-order"), id("events/order-placed")));
        assertEquals(List.of("Order Rejected (failure case)"), ((Command) board.get(id("commands/place-order"))).producesEvents());
        board.apply(new UnlinkStickies(id("events/order-placed"), id("policies/reserve-inventory")));
        assertTrue(((Policy) board.get(id("policies/reserve-inventory"))).triggerEvent().isEmpty());
        assertThrows(EditRefused.class, () -> board.apply(new UnlinkStickies(id("actors/customer"), id("commands/confirm-order"))));
    }

    @Test
    void aNewStickyCanBeLinkedRightAway() {
        Board board = SampleBoards.orderFulfillment();
        var added = board.apply(AddSticky.at(StickyKind.READ_MODEL.create("Refund Report"), null)).addedIds().get(0);
        board.apply(new LinkStickies(id("events/payment-refunded"), added));
        assertEquals(List.of("Payment Refunded"), ((org.eventstorm.model.sticky.ReadModel) board.get(added)).builtFrom());
    }
}
