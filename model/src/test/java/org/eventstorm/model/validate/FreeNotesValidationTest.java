package org.eventstorm.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.NoteColors;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.junit.jupiter.api.Test;

/** A free note is the room's own: no rule finds anything wrong with it, whatever it says, and its colour is its choice. */
class FreeNotesValidationTest {
    @Test
    void noRuleLooksAtAFreeNote() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        List<Finding> before = flow.findings();
        StickyId first = flow.add(StickyKind.NOTE, "Order Placed", Field.COLOR, Text.of("no such colour"));
        StickyId second = flow.add(StickyKind.NOTE, "Order Placed");
        flow.add(StickyKind.NOTE, "ask finance, see Place Order");
        List<Finding> after = flow.findings();
        assertTrue(after.stream().noneMatch(finding -> finding.sticky() != null && finding.sticky().kind() == StickyKind.NOTE),
                "no finding on a note: " + after);
        assertEquals(before, after, "and none elsewhere because of them");
        assertTrue(!first.equals(second));
    }

    @Test
    void aNoteIsColouredByAPaletteWordOrAHexColour() {
        assertEquals(Optional.of("#FCC2D7"), NoteColors.hexOf("Pink"));
        assertEquals(Optional.of("#12AB9F"), NoteColors.hexOf(" #12ab9f "));
        assertEquals(Optional.empty(), NoteColors.hexOf("no such colour"));
        assertEquals(Optional.empty(), NoteColors.hexOf("#12ab9"));
        assertEquals("grey", NoteColors.words().get(0));
    }
}
