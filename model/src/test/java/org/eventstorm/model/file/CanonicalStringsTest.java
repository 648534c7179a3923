package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Two files that repeat a key or a short value hold one string for it, so a big board keeps each once. */
class CanonicalStringsTest {
    private static final String LONG = "a description long enough that no other sticky is likely to say it word for word";

    @Test
    void repeatedKeysAndShortValuesAreOneStringEach() throws FormatException {
        YamlDocument first = YamlDocumentParser.parse("type: domain-event\ncontext: Ordering\nschema:\n  orderId: string\n");
        YamlDocument second = YamlDocumentParser.parse("type: domain-event\ncontext: Ordering\nschema:\n  orderId: string\n");

        YamlSegment context = first.segment("context").orElseThrow();
        YamlSegment againContext = second.segment("context").orElseThrow();
        assertSame(context.key(), againContext.key());
        assertSame(context.scalar(), againContext.scalar());
        assertSame(context.value().textValue(), againContext.value().textValue());
        String field = first.segment("schema").orElseThrow().value().fieldNames().next();
        String againField = second.segment("schema").orElseThrow().value().fieldNames().next();
        assertSame(field, againField);
        assertSame(first.segment("schema").orElseThrow().value().get("orderId").textValue(),
                second.segment("schema").orElseThrow().value().get("orderId").textValue());
    }

    @Test
    void longValuesAreKeptAsRead() throws FormatException {
        YamlDocument first = YamlDocumentParser.parse("description: " + LONG + "\n");
        YamlDocument second = YamlDocumentParser.parse("description: " + LONG + "\n");

        String value = first.segment("description").orElseThrow().scalar();
        assertEquals(LONG, value);
        assertNotSame(value, second.segment("description").orElseThrow().scalar());
    }
}
