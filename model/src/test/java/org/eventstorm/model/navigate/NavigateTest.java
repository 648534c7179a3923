package org.eventstorm.model.navigate;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.support.SampleBoards;
import org.junit.jupiter.api.Test;

/** The arrow keys' neighbours and the search, on the order sample. */
class NavigateTest {
    private static final Board BOARD = SampleBoards.orderFulfillment();

    @Test
    void rightFollowsTheFlowAlongTheRowAndLeftComesBack() {
        StickyId start = id("commands/place-order");
        StickyId right = Neighbours.of(BOARD, start, Direction.RIGHT).orElseThrow();
        assertEquals(BOARD.geometry(start).orElseThrow().y() / 100, BOARD.geometry(right).orElseThrow().y() / 100, "it stays on the row");
        assertEquals(true, BOARD.geometry(right).orElseThrow().x() > BOARD.geometry(start).orElseThrow().x());
        assertEquals(Optional.of(start), Neighbours.of(BOARD, right, Direction.LEFT));
    }

    @Test
    void nothingThatWayIsNoNeighbour() {
        StickyId leftmost = BOARD.geometries().entrySet().stream().min(java.util.Map.Entry.comparingByValue(
                java.util.Comparator.comparingInt(org.eventstorm.model.board.Geometry::x))).orElseThrow().getKey();
        assertEquals(Optional.empty(), Neighbours.of(BOARD, leftmost, Direction.LEFT));
    }

    @Test
    void searchFindsNamesFirstThenTextInTimelineOrderIgnoringCaseAndAccents() {
        List<BoardSearch.Hit> hits = BoardSearch.find(BOARD, "INVENTORY");
        assertEquals(true, hits.get(0).inName(), hits.toString());
        List<BoardSearch.Hit> names = hits.stream().filter(BoardSearch.Hit::inName).toList();
        for (int i = 1; i < names.size(); i++) {
            assertEquals(true, BOARD.geometry(names.get(i - 1).id()).orElseThrow().x() <= BOARD.geometry(names.get(i).id()).orElseThrow().x(),
                    "left to right: " + names);
        }
        assertEquals(true, hits.stream().anyMatch(hit -> !hit.inName()), "text matches too: " + hits);
        assertEquals(BoardSearch.find(BOARD, "reserve inventory"), BoardSearch.find(BOARD, "Réserve   INVENTORY"));
        assertEquals(List.of(), BoardSearch.find(BOARD, "  "));
        assertEquals(List.of(), BoardSearch.find(BOARD, "zebra-xylophone"));
    }

    @Test
    void aHitInTextSaysWhere() {
        BoardSearch.Hit hit = BoardSearch.find(BOARD, "checkout").stream().filter(
                found -> found.id().equals(id("events/order-placed"))).findFirst().orElseThrow();
        assertEquals("timestamp", hit.where());
    }
}
