package org.eventstorm.model.sticky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StickyContentTest {

    @Test
    void aNewStickyHasTheTemplatesKeysAndSections() {
        Sticky event = StickyKind.EVENT.create("Order Placed");
        assertEquals(List.of("type", "name", "color"), event.content().frontMatter().stream().map(FrontMatterEntry::key).toList());
        assertEquals(List.of("Trigger", "Business Context", "Data Carried", "Consequences"),
                event.content().sections().stream().map(Section::title).toList());
        assertEquals("orange", event.color());
    }

    @Test
    void aNewKeyGoesRightAfterTheKeyTheTemplatePutsBeforeIt() {
        StickyContent content = new StickyContent(List.of(
                new FrontMatterEntry.Known(Field.TYPE, Text.of("event-storming-command")),
                new FrontMatterEntry.Known(Field.NAME, Text.of("Place Order")),
                new FrontMatterEntry.Unknown("owner", "owner: team-checkout"),
                new FrontMatterEntry.Known(Field.TIMEOUT, Text.of("5s"))), Markdown.EMPTY, List.of());
        Command command = (Command) StickyKind.COMMAND.wrap(content).with(Field.SERVICE, Text.of("order-service"));
        assertEquals(List.of("type", "name", "service", "owner", "timeout"),
                command.content().frontMatter().stream().map(FrontMatterEntry::key).toList());
        Command without = (Command) command.with(Field.TIMEOUT, Text.EMPTY);
        assertEquals(List.of("type", "name", "service", "owner"), without.content().frontMatter().stream().map(FrontMatterEntry::key).toList());
        assertTrue(without.timeout().isEmpty());
    }

    @Test
    void aStickyRefusesFieldsOfAnotherKind() {
        assertThrows(IllegalArgumentException.class, () -> StickyKind.POLICY.create("x").with(Field.ACTOR, Text.of("Customer")));
        assertThrows(IllegalArgumentException.class, () -> StickyKind.POLICY.create("x").with(Field.TRIGGER_EVENT, Markdown.of("x")));
        assertThrows(IllegalArgumentException.class, () -> StickyKind.POLICY.create(" "));
        assertThrows(IllegalArgumentException.class, () -> StickyKind.POLICY.create("two\nlines"));
    }

    @Test
    void hotspotIsResolvedOnlyWithStatusAndResolution() {
        Hotspot open = (Hotspot) StickyKind.HOTSPOT.create("Race").with(Field.STATUS, Text.of("resolved"));
        assertEquals(false, open.isResolved());
        Hotspot resolved = (Hotspot) open.with(Field.RESOLUTION, Markdown.of("Use idempotency keys"));
        assertEquals(true, resolved.isResolved());
    }
}
