package org.eventstorm.model.sticky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void itemsAreTheTopLevelListItems() {
        Markdown markdown = Markdown.of("""
                If any item is out of stock:
                - Release all reservations
                - Publish Order Rejected event
                  (and tell the customer)
                  - nested detail
                - Notify customer
                """);
        assertEquals(List.of("Release all reservations", "Publish Order Rejected event (and tell the customer)", "Notify customer"),
                markdown.items());
        assertFalse(markdown.isList());
    }

    @Test
    void sourceIsNormalised() {
        assertEquals("a\nb", Markdown.of("\r\n\n a\r\nb\n\n").source().replace(" a", "a"));
        assertEquals(Markdown.EMPTY, Markdown.of("\n  \n"));
        assertTrue(Markdown.of("- a\n- b").isList());
    }

    @Test
    void appendingJoinsTheLastListWithItsMarker() {
        assertEquals("* a\n* b\n* c", Markdown.of("* a\n* b").withItemAppended("c").source());
        assertEquals("1. a\n2. b\n3. c", Markdown.of("1. a\n2. b").withItemAppended("c").source());
        assertEquals("Some text\n\n- c", Markdown.of("Some text").withItemAppended("c").source());
        assertEquals("- c", Markdown.EMPTY.withItemAppended("c").source());
        assertEquals("- a\n  - nested\n- c", Markdown.of("- a\n  - nested").withItemAppended("c").source());
    }

    @Test
    void removingAnItemKeepsEverythingElse() {
        Markdown markdown = Markdown.of("Intro paragraph\n\n- a\n- b\n  - b's detail\n- c\n\nClosing words");
        assertEquals("Intro paragraph\n\n- a\n- c\n\nClosing words", markdown.withItemRemoved(1).source());
    }

    @Test
    void replacingAnItemKeepsItsMarkerAndNestedContent() {
        Markdown markdown = Markdown.of("*   Order Placed (success)\n    - detail\n*   Other");
        assertEquals("*   Order Submitted (success)\n    - detail\n*   Other", markdown.withItemText(0, "Order Submitted (success)").source());
    }

    @Test
    void codeFencesAreNotLists() {
        Markdown markdown = Markdown.of("```\n- not an item\n```\n- item");
        assertEquals(List.of("item"), markdown.items());
    }

    @Test
    void sectionSafetyRefusesWhatWouldSwallowTheNextSection() {
        assertTrue(Markdown.of("text\n### sub-heading\nmore").isSectionSafe());
        assertFalse(Markdown.of("## Heading").isSectionSafe());
        assertFalse(Markdown.of("Title\n-----").isSectionSafe());
        assertFalse(Markdown.of("```\nunclosed").isSectionSafe());
        assertFalse(Markdown.of("<!-- unclosed comment").isSectionSafe());
        assertTrue(Markdown.of("```\nclosed\n```").isSectionSafe());
    }
}
