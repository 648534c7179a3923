package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.eventstorm.model.sticky.StickyId;
import org.junit.jupiter.api.Test;

/**
 * What a loaded board keeps of its files to write them back as written is their text, not the values parsed from
 * it: those are in the model already, and board.yaml's would be a tree of every sticky's place.
 */
class KeptSourcesTest {

    @Test
    void boardYamlIsKeptAsTextWithoutItsParsedValues() throws FormatException {
        String text = "title: Orders\n# where the stickies are\ngeometry:\n  events/order-placed: {x: 10, y: 20, w: 160, h: 100}\n";
        BoardYaml yaml = BoardYamlParser.parse(text.getBytes(StandardCharsets.UTF_8), "Orders");

        assertEquals(20, yaml.geometry().get("events/order-placed").geometry().y(), "the places are read into the model");
        for (YamlSegment segment : yaml.source().segments()) {
            assertNull(segment.value(), segment.key() + " keeps no parsed value");
        }
        assertEquals("# where the stickies are\n", yaml.source().segment("geometry").orElseThrow().trivia());
    }

    @Test
    void aStickysFrontMatterIsKeptAsTextWithoutItsParsedValues() throws FormatException {
        String text = "---\ntype: event-storming-event\nname: Order Placed\nschema:\n  orderId: string\n---\n\n# Order Placed\n";
        ParsedSticky parsed = StickyFileParser.parse(StickyId.parse("events/order-placed").orElseThrow(), "events/order-placed.md",
                text.getBytes(StandardCharsets.UTF_8));

        assertEquals("Order Placed", parsed.sticky().name());
        for (YamlSegment segment : parsed.source().frontMatter().segments()) {
            assertNull(segment.value(), segment.key() + " keeps no parsed value");
        }
        assertEquals("event-storming-event", parsed.source().frontMatter().segment("type").orElseThrow().scalar(), "a scalar stays as written");
    }
}
