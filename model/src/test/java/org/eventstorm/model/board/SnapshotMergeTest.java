package org.eventstorm.model.board;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.edit.MoveSticky;
import org.eventstorm.model.edit.RemoveSticky;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.support.SampleBoards;
import org.junit.jupiter.api.Test;

class SnapshotMergeTest {
    private static final StickyId PLACED = id("events/order-placed");
    private static final StickyId SHIPPED = id("events/order-shipped");

    private final Board here = SampleBoards.orderFulfillment();
    private final Board there = SampleBoards.orderFulfillment();
    private final BoardSnapshot base = here.snapshot();

    private SnapshotMerge merge() {
        return SnapshotMerge.of(base, here.snapshot(), there.snapshot());
    }

    @Test
    void nothingOnDiskChangedMeansNothingToMerge() {
        here.apply(new EditField(PLACED, Field.TIMESTAMP, Text.of("here")));
        SnapshotMerge merge = merge();
        assertFalse(merge.outsideChanged());
        assertEquals(here.snapshot(), merge.resolve(Set.of()));
    }

    @Test
    void changesOnEitherSideOfDifferentThingsBothLand() {
        here.apply(new EditField(PLACED, Field.TIMESTAMP, Text.of("here")));
        there.apply(new MoveSticky(PLACED, new Geometry(5000, 5000, 160, 100)));
        there.apply(new EditField(SHIPPED, Field.TIMESTAMP, Text.of("there")));
        there.apply(new EditSettings(there.settings().withSession("pulled")));
        SnapshotMerge merge = merge();
        assertTrue(merge.outsideChanged());
        assertEquals(List.of(), merge.conflicts(), "a move there and a text edit here do not clash");
        BoardSnapshot merged = merge.resolve(Set.of());
        assertEquals(here.get(PLACED), merged.stickies().get(PLACED));
        assertEquals(new Geometry(5000, 5000, 160, 100), merged.geometry().get(PLACED));
        assertEquals(there.get(SHIPPED), merged.stickies().get(SHIPPED));
        assertEquals("pulled", merged.settings().session());
    }

    @Test
    void theSameStickyChangedOnBothSidesIsAConflictSettledEitherWay() {
        here.apply(new EditField(PLACED, Field.TIMESTAMP, Text.of("here")));
        there.apply(new EditField(PLACED, Field.TIMESTAMP, Text.of("there")));
        there.apply(new RemoveSticky(SHIPPED));
        here.apply(new EditField(SHIPPED, Field.TIMESTAMP, Text.of("kept here")));
        SnapshotMerge merge = merge();
        assertEquals(List.of(new SnapshotMerge.Conflict(new SnapshotMerge.StickyContent(PLACED), SnapshotMerge.Clash.BOTH_CHANGED),
                new SnapshotMerge.Conflict(new SnapshotMerge.StickyContent(SHIPPED), SnapshotMerge.Clash.CHANGED_HERE_DELETED_THERE)),
                merge.conflicts());
        BoardSnapshot mine = merge.resolve(Set.of());
        assertEquals(here.get(PLACED), mine.stickies().get(PLACED));
        assertTrue(mine.stickies().containsKey(SHIPPED));
        assertTrue(mine.geometry().containsKey(SHIPPED), "a sticky kept keeps its place");
        BoardSnapshot theirs = merge.resolve(Set.of(new SnapshotMerge.StickyContent(PLACED), new SnapshotMerge.StickyContent(SHIPPED)));
        assertEquals(there.get(PLACED), theirs.stickies().get(PLACED));
        assertFalse(theirs.stickies().containsKey(SHIPPED));
        assertFalse(theirs.geometry().containsKey(SHIPPED), "a sticky gone takes its place with it");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        here.apply(new EditField(PLACED, Field.TIMESTAMP, Text.of("same")));
        there.apply(new EditField(PLACED, Field.TIMESTAMP, Text.of("same")));
        assertEquals(List.of(), merge().conflicts());
    }
}
