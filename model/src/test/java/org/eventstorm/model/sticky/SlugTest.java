package org.eventstorm.model.sticky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Order Placed|order-placed",
            "OrderPlaced|order-placed",
            "order placed|order-placed",
            "  Order   Placed  |order-placed",
            "HTTPServer Started|http-server-started",
            "Crème Brûlée Ordered|creme-brulee-ordered",
            "../../etc/passwd|etc-passwd",
            "a/b\\c|a-b-c",
            "Straße gesperrt|strasse-gesperrt",
            "v2 Upgrade|v2-upgrade",
            "🎉|untitled",
            "日本語|untitled"})
    void slugIsLowerKebabAscii(String name, String slug) {
        assertEquals(slug, Slug.of(name));
        assertTrue(Slug.isCanonical(Slug.of(name)));
    }

    @Test
    void longNamesAreCutAtAWordBoundary() {
        String slug = Slug.of("word ".repeat(2000));
        assertTrue(slug.length() <= Slug.MAX_LENGTH, slug);
        assertFalse(slug.endsWith("-"));
    }

    @Test
    void unsafeFileStemsAreRefused() {
        assertFalse(StickyId.isSafeStem(".."));
        assertFalse(StickyId.isSafeStem(".hidden"));
        assertFalse(StickyId.isSafeStem("a/b"));
        assertFalse(StickyId.isSafeStem("a\\b"));
        assertFalse(StickyId.isSafeStem("a\0b"));
        assertFalse(StickyId.isSafeStem(""));
        assertFalse(StickyId.isSafeStem(" padded"));
        assertTrue(StickyId.isSafeStem("Order Placed (old)"));
        assertEquals("events/order-placed", StickyId.parse("events/order-placed").orElseThrow().toString());
        assertTrue(StickyId.parse("nope/order-placed").isEmpty());
        assertTrue(StickyId.parse("events/../x").isEmpty());
    }
}
