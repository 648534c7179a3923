package org.eventstorm.model.layout;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.support.SampleBoards;
import org.junit.jupiter.api.Test;

class AutoPlacerTest {

    @Test
    void aStickyAddedWithoutAPlaceGoesNextToWhatItLinksToWithoutOverlapping() {
        Board board = SampleBoards.orderFulfillment();
        var command = StickyKind.COMMAND.create("Cancel Order").with(Field.PRODUCES_EVENTS, Markdown.list("Order Rejected"));
        var added = board.apply(AddSticky.at(command, null)).addedIds().get(0);
        Geometry place = board.geometry(added).orElseThrow();
        Geometry event = board.geometry(id("events/order-rejected")).orElseThrow();
        assertEquals(event.x() - AutoPlacer.GAP_X - place.w(), place.x(), "a command goes before the event it produces");
        board.geometries().forEach((other, otherPlace) -> assertTrue(other.equals(added) || !place.intersects(otherPlace), other.toString()));
    }

    @Test
    void aStickyWithAContextAndNoLinksGoesToTheEndOfItsLane() {
        Board board = SampleBoards.orderFulfillment();
        var aggregate = StickyKind.AGGREGATE.create("Wishlist").with(Field.CONTEXT, Text.of("Cart"));
        var added = board.apply(AddSticky.at(aggregate, null)).addedIds().get(0);
        Geometry place = board.geometry(added).orElseThrow();
        assertEquals("Cart", board.settings().contextAtY(place.centerY()).orElseThrow().name());
    }
}
