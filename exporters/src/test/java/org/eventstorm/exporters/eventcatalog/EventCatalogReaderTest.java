package org.eventstorm.exporters.eventcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventstorm.exporters.imports.ImportProblem;
import org.eventstorm.exporters.imports.ImportedSticky;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.SchemaFields;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogs from elsewhere, and hostile ones: read as far as they say, with located errors, nothing outside the folder. */
class EventCatalogReaderTest {
    @TempDir
    Path temp;

    private static List<String> messages(EventCatalogReader.Reading reading) {
        return reading.problems().stream().map(ImportProblem::getMessage).toList();
    }

    private void page(String path, String text) {
        BoardFolders.write(temp.resolve(path), text);
    }

    @Test
    void aCatalogFromElsewhereGivesContextsEventsFieldsAndReactions() {
        page("domains/orders/index.mdx", "---\nid: orders\nname: Orders\nversion: 0.0.1\nservices:\n  - id: order-api\n---\n\nThe orders domain.\n");
        page("domains/orders/services/order-api/index.mdx", "---\nid: order-api\nname: Order API\nversion: 1.0.0\nsends:\n  - id: OrderPlaced\n"
                + "receives:\n  - id: PaymentTaken\n  - id: PlaceOrder\n---\n");
        page("events/OrderPlaced/index.mdx", "---\nid: OrderPlaced\nname: Order Placed\nversion: 2.0.0\nschemaPath: schema.json\n---\n\n"
                + "## Trigger\n\nA customer checks out with \\{3\\} items\n\n## Architecture\n\n<NodeGraph />\n");
        page("events/OrderPlaced/schema.json", "{\"type\": \"object\", \"required\": [\"orderId\"], \"properties\": {\"orderId\": {\"type\": \"string\","
                + " \"format\": \"uuid\"}, \"lines\": {\"type\": \"array\", \"items\": {\"type\": \"integer\"}}}}");
        page("events/OrderPlaced/versioned/1.0.0/index.mdx", "---\nid: OrderPlaced\nname: Order Placed\nversion: 1.0.0\n---\n");
        page("events/PaymentTaken/index.mdx", "---\nid: PaymentTaken\nname: Payment Taken\nversion: 0.0.1\n---\n");
        page("commands/PlaceOrder/index.mdx", "---\nid: PlaceOrder\nname: Place Order\nversion: 0.0.1\n---\n\n## Intent\n\nBuy what is in the cart\n");
        EventCatalogReader.Reading reading = EventCatalogReader.read(temp);
        assertEquals(List.of(), messages(reading));
        assertEquals("Order API", reading.board().contexts().get("Orders"));
        ImportedSticky placed = reading.board().find(StickyKind.EVENT, "Order Placed").orElseThrow();
        assertEquals("Orders", placed.context().orElseThrow());
        assertTrue(placed.fields().get(Field.VERSIONS).toString().contains("v1") && placed.fields().get(Field.VERSIONS).toString().contains("v2"),
                placed.fields().toString());
        assertEquals("A customer checks out with {3} items", ((org.eventstorm.model.sticky.Markdown) placed.fields().get(Field.TRIGGER)).source());
        ImportedSticky placeOrder = reading.board().find(StickyKind.COMMAND, "Place Order").orElseThrow();
        assertEquals("Orders", placeOrder.context().orElseThrow());
        assertTrue(!placeOrder.fields().containsKey(Field.SERVICE), "its context's service handles it: no service of its own");
        assertTrue(reading.board().find(StickyKind.POLICY, "On Payment Taken in Orders").isPresent());
    }

    @Test
    void aSchemaOutsideThePagesFolderIsNotRead() throws IOException {
        Files.writeString(temp.resolve("secret.json"), "{\"properties\": {\"password\": {\"type\": \"string\"}}}");
        page("catalog/events/Leak/index.mdx", "---\nid: Leak\nname: Leak\nversion: 1.0.0\nschemaPath: ../../../secret.json\n---\n");
        List<String> problems = messages(EventCatalogReader.read(temp.resolve("catalog")));
        assertEquals(List.of("events/Leak/index.mdx:5: schemaPath: ../../../secret.json names no schema file beside the page; only files in the page's"
                + " folder are read"), problems);
    }

    @Test
    void brokenFrontMatterIsLocatedInThePage() {
        page("events/Broken/index.mdx", "---\nid: Broken\nname: [unclosed\nversion: 1.0.0\n---\n");
        page("commands/Bare/index.mdx", "# no front matter\n");
        List<String> problems = messages(EventCatalogReader.read(temp));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("commands/Bare/index.mdx:1: has no front matter: a catalog page starts with a --- line, its id:, name: and version:, and another ---"
                + " line", problems.get(0));
        assertTrue(problems.get(1).startsWith("events/Broken/index.mdx:4: is not valid YAML"), problems.get(1));
    }

    @Test
    void aLinkedFolderIsNotEntered() throws IOException {
        page("outside/events/Secret/index.mdx", "---\nid: Secret\nname: Secret Event\nversion: 1.0.0\n---\n");
        page("catalog/events/Fine/index.mdx", "---\nid: Fine\nname: Fine Event\nversion: 1.0.0\n---\n");
        Files.createSymbolicLink(temp.resolve("catalog/domains"), temp.resolve("outside"));
        EventCatalogReader.Reading reading = EventCatalogReader.read(temp.resolve("catalog"));
        assertEquals(List.of(), messages(reading));
        assertTrue(reading.board().find(StickyKind.EVENT, "Fine Event").isPresent());
        assertTrue(reading.board().find(StickyKind.EVENT, "Secret Event").isEmpty(), "nothing is read through the link");
    }

    @Test
    void aFolderWithoutACatalogSaysSo() throws IOException {
        Files.writeString(temp.resolve("notes.md"), "# notes\n");
        assertEquals(List.of(temp + ": holds no EventCatalog: no domains/, services/, events/ or commands/ pages (index.mdx) in it or in its eventcatalog/"
                + " folder"), messages(EventCatalogReader.read(temp)));
    }

    @Test
    void theFieldsOfAWholeEventsSchemaAreItsData() {
        page("events/Paid/index.mdx", "---\nid: Paid\nname: Paid\nversion: 1.0.0\nschemaPath: schema.json\n---\n");
        page("events/Paid/schema.json", "{\"properties\": {\"event_id\": {\"type\": \"string\"}, \"data\": {\"type\": \"object\", \"required\": [\"amount\"],"
                + " \"properties\": {\"amount\": {\"type\": \"number\"}}}}}");
        EventCatalogReader.Reading reading = EventCatalogReader.read(temp);
        SchemaFields fields = (SchemaFields) reading.board().find(StickyKind.EVENT, "Paid").orElseThrow().fields().get(Field.SCHEMA);
        assertEquals("[amount number true]",
                fields.fields().stream().map(field -> field.name() + " " + field.type() + " " + field.required()).toList().toString());
    }
}
