package org.eventstorm.model.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;

class ReferenceTest {

    @Test
    void aTrailingNoteIsNotPartOfTheName() {
        Reference reference = Reference.parse("Order Placed (success case)");
        assertEquals("Order Placed", reference.name());
        assertEquals(Optional.empty(), reference.kindHint());
        assertEquals("Order Submitted (success case)", reference.renamedTo("Order Submitted"));
    }

    @Test
    void aKindInTheNoteNarrowsTheReference() {
        Reference reference = Reference.parse("Authorize Payment (policy)");
        assertEquals("Authorize Payment", reference.name());
        assertEquals(Optional.of(StickyKind.POLICY), reference.kindHint());
        assertEquals(Optional.of(StickyKind.READ_MODEL), Reference.parse("Order Summary (read model)").kindHint());
    }

    @Test
    void emphasisAroundTheNameIsKept() {
        Reference reference = Reference.parse("**`Order Placed`**");
        assertEquals("Order Placed", reference.name());
        assertEquals("**`Shipped`**", reference.renamedTo("Shipped"));
        assertEquals("order-placed", reference.key());
    }

    @Test
    void blankAndBareNotes() {
        assertTrue(Reference.parse("   ").isBlank());
        assertEquals("(only a note)", Reference.parse("(only a note)").name());
    }
}
