package org.eventstorm.exporters.asyncapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eventstorm.exporters.ExportBoards;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Golden;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.schema.JsonSchemas;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.Aggregate;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.BoardFolders;
import org.eventstorm.model.versioning.EventVersions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The AsyncAPI export read back as documents: every event version, every schema field with its written type, every
 * service and every producer and consumer on the board is in them. The expectations are read from the board's own
 * links, not from the routes the exporter uses.
 */
class AsyncApiExporterTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path temp;

    static Stream<String> boards() {
        return ExportBoards.names();
    }

    static Board board(String name) throws IOException {
        return ExportBoards.board(name);
    }

    @Test
    void theOrderSampleIsADocumentPerService() throws IOException {
        new AsyncApiExporter().export(ExportInput.of(board("order-fulfillment")), TargetFolder.at(temp));
        Golden.assertMatches("asyncapi", temp, path -> true);
        JsonNode inventory = YAML.readTree(temp.resolve("asyncapi/inventory-service.yaml").toFile());
        assertEquals("3.0.0", inventory.get("asyncapi").asText());
        assertEquals("Inventory", inventory.at("/info/x-eventstorm-context").asText());
        assertEquals("inventory.stock.reserved.v1", inventory.at("/channels/inventory-reserved-v1/address").asText());
        assertEquals("send", inventory.at("/operations/send-inventory-reserved-v1/action").asText());
        assertEquals("receive", inventory.at("/operations/receive-order-placed-v1/action").asText(), "Inventory's policy reacts to Order Placed");
        JsonNode reserved = inventory.at("/components/messages/inventory-reserved-v1");
        assertEquals("v1", reserved.at("/headers/properties/event_version/const").asText());
        assertFalse(reserved.at("/headers/properties").has("data"), "the payload is the message's payload, not a header");
        assertTrue(reserved.at("/payload/properties").has("reservationId"), reserved.toString());
    }

    @ParameterizedTest
    @MethodSource("boards")
    void everyEventFieldServiceProducerAndConsumerIsInTheDocuments(String name) throws IOException {
        Board board = board(name);
        new AsyncApiExporter().export(ExportInput.of(board), TargetFolder.at(temp));
        Documents documents = Documents.read(temp.resolve("asyncapi"));
        LinkIndex links = new LinkIndex(BoardLinks.of(board));
        int versions = 0;
        for (StickyId id : board.ids()) {
            if (board.get(id) instanceof DomainEvent event) {
                for (EventVersion version : EventVersions.of(event)) {
                    JsonNode message = documents.event(event.name(), version.version());
                    assertFields(version.schema(), message.get("payload"), event.name() + " " + version.version());
                    versions++;
                }
                for (StickyId producer : links.sources(LinkRule.COMMAND_PRODUCES_EVENT, id)) {
                    assertProducer(documents, board, producer, event);
                }
                for (StickyId producer : links.sources(LinkRule.AGGREGATE_EMITS_EVENT, id)) {
                    assertProducer(documents, board, producer, event);
                }
                for (StickyId policy : links.targets(LinkRule.EVENT_TRIGGERS_POLICY, id)) {
                    for (StickyId command : links.targets(LinkRule.POLICY_ISSUES_COMMAND, policy)) {
                        serviceOf(board, command).ifPresent(service -> assertTrue(documents.reactions(service, event.name()).contains(
                                board.get(policy).name() + " -> " + board.get(command).name()),
                                service + " reacts to " + event.name() + " through "
                                        + board.get(policy).name()));
                    }
                }
            } else if (board.get(id) instanceof Command command) {
                assertTrue(documents.titles.contains(command.name()), "command " + command.name());
                serviceOf(board, id).ifPresent(
                        service -> assertTrue(documents.handled(service).contains(command.name()), service + " handles " + command.name()));
            }
        }
        assertTrue(versions > 0, name + " has events");
        for (BoundedContext context : board.settings().contexts()) {
            if (!context.service().isBlank()) {
                assertTrue(documents.byService.containsKey(context.service()), "a document for " + context.service() + ": " + documents.byService.keySet());
                assertEquals(context.name(), documents.byService.get(context.service()).at("/info/x-eventstorm-context").asText());
            }
        }
    }

    @Test
    void theSameBoardGivesTheSameBytes() throws IOException {
        Board board = board("generated-500");
        new AsyncApiExporter().export(ExportInput.of(board), TargetFolder.at(temp.resolve("one")));
        new AsyncApiExporter().export(ExportInput.of(board), TargetFolder.at(temp.resolve("two")));
        assertEquals(BoardFolders.contents(temp.resolve("one")), BoardFolders.contents(temp.resolve("two")));
    }

    @Test
    void aBoardWithoutMessagesWritesNothingAndSaysWhy() throws IOException {
        TargetFolder target = TargetFolder.at(temp);
        new AsyncApiExporter().export(ExportInput.of(BoardReader.read(BoardFolders.SAMPLES.resolve("empty")).board()), target);
        assertFalse(Files.exists(temp.resolve("asyncapi")));
        assertTrue(target.notes().toString().contains("no events or commands"), target.notes().toString());
    }

    @Test
    void messagesNoServiceSendsAreInTheBoardsOwnDocument() throws IOException {
        Path folder = temp.resolve("board");
        BoardFolders.write(folder.resolve("board.yaml"), "title: Loose Ends\nlevel: process\n");
        BoardFolders.write(folder.resolve("events/stock-counted.md"), "---\ntype: event-storming-event\nname: Stock Counted\nschema:\n"
                + "  - name: total\n    type: money\n    required: true\n---\n\n# Domain Event: Stock Counted\n");
        BoardFolders.write(folder.resolve("commands/count-stock.md"), "---\ntype: event-storming-command\nname: Count Stock\n---\n\n# Command: Count Stock\n");
        TargetFolder target = TargetFolder.at(temp.resolve("out"));
        new AsyncApiExporter().export(ExportInput.of(BoardReader.read(folder)), target);
        JsonNode document = YAML.readTree(temp.resolve("out/asyncapi/loose-ends.yaml").toFile());
        assertEquals("Loose Ends", document.at("/info/title").asText());
        assertTrue(document.at("/operations").isMissingNode(), "no service sends or receives them");
        assertEquals("stock-counted.v1", document.at("/channels/stock-counted-v1/address").asText());
        assertEquals("count-stock", document.at("/channels/count-stock/address").asText());
        assertEquals("money", document.at("/components/messages/stock-counted-v1/payload/properties/total/x-eventstorm-type").asText());
        assertEquals("number", document.at("/components/messages/stock-counted-v1/payload/properties/total/type").asText());
        assertEquals(List.of("1 event and 1 command that no service sends or receives are in asyncapi/loose-ends.yaml, the board's own document"),
                target.notes());
    }

    private static void assertProducer(Documents documents, Board board, StickyId producer, DomainEvent event) {
        serviceOf(board, producer).ifPresent(service -> assertTrue(documents.producers(service, event.name()).contains(
                producer.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + board.get(producer).name()),
                service + " sends " + event.name()
                        + " produced by " + producer));
    }

    /** Each schema field is a payload property with its type as written and its required flag. */
    private static void assertFields(List<SchemaField> fields, JsonNode payload, String what) {
        Set<String> required = new HashSet<>();
        payload.path("required").forEach(node -> required.add(node.asText()));
        for (SchemaField field : fields) {
            if (field.name().isBlank()) {
                continue;
            }
            JsonNode property = payload.at("/properties").get(field.name());
            assertTrue(property != null, what + ": field " + field.name() + " in " + payload);
            @SuppressWarnings("unchecked")
            Map<String, Object> asMap = YAML.convertValue(property, Map.class);
            String type = property.has("x-eventstorm-type") ? property.get("x-eventstorm-type").asText() : JsonSchemas.writtenType(asMap);
            assertEquals(field.type().strip(), type, what + ": the type of " + field.name());
            assertEquals(field.required(), required.contains(field.name()), what + ": is " + field.name() + " required");
        }
    }

    /** The service a command or aggregate names, else its bounded context's, as the board says it. */
    private static java.util.Optional<String> serviceOf(Board board, StickyId id) {
        java.util.Optional<String> own = board.get(id) instanceof Command command ? command.service() : ((Aggregate) board.get(id)).service();
        if (own.filter(name -> !name.isBlank()).isPresent()) {
            return own;
        }
        java.util.Optional<BoundedContext> context = board.get(id).content().text(org.eventstorm.model.sticky.Field.CONTEXT).flatMap(
                board.settings()::context).or(
                        () -> board.geometry(id).flatMap(place -> board.settings().contextAtY(place.centerY())));
        return context.map(BoundedContext::service).filter(name -> !name.isBlank());
    }

    /** The exported documents, by service, with their messages by title and version. */
    private static final class Documents {
        final Map<String, JsonNode> byService = new LinkedHashMap<>();
        final Map<String, JsonNode> events = new LinkedHashMap<>();
        final Set<String> titles = new HashSet<>();

        static Documents read(Path folder) throws IOException {
            Documents documents = new Documents();
            List<Path> files;
            try (Stream<Path> listed = Files.list(folder)) {
                files = listed.sorted().toList();
            }
            for (Path file : files) {
                JsonNode document = YAML.readTree(file.toFile());
                documents.byService.put(document.at("/info/title").asText(), document);
                document.at("/components/messages").forEach(message -> {
                    documents.titles.add(message.get("title").asText());
                    JsonNode headers = message.at("/headers/properties");
                    String version = headers.has("event_version") ? headers.at("/event_version/const").asText()
                            : headers.at("/metadata/properties/version/const").asText();
                    if (!headers.isMissingNode()) {
                        documents.events.put(message.get("title").asText() + "@" + version, message);
                    }
                });
            }
            return documents;
        }

        JsonNode event(String title, String version) {
            JsonNode message = events.get(title + "@" + version);
            assertTrue(message != null, "a message for " + title + " " + version + " in " + events.keySet());
            return message;
        }

        /** "command Place Order" for each producer a send operation of {@code event} names in the service's document. */
        List<String> producers(String service, String event) {
            List<String> producers = new ArrayList<>();
            operations(service, "send", event).forEach(operation -> operation.path("x-eventstorm-producers").forEach(
                    producer -> producer.fields().forEachRemaining(entry -> producers.add(entry.getKey() + " " + entry.getValue().asText()))));
            return producers;
        }

        /** "Policy -> Command" for each reaction a receive operation of {@code event} names in the service's document. */
        List<String> reactions(String service, String event) {
            List<String> reactions = new ArrayList<>();
            operations(service, "receive", event).forEach(operation -> operation.path("x-eventstorm-policies").forEach(
                    policy -> policy.path("issues").forEach(command -> reactions.add(policy.get("policy").asText() + " -> " + command.asText()))));
            return reactions;
        }

        List<String> handled(String service) {
            List<String> handled = new ArrayList<>();
            JsonNode document = byService.get(service);
            assertTrue(document != null, "a document for " + service);
            document.at("/operations").forEach(operation -> {
                JsonNode message = message(document, operation);
                if (operation.get("action").asText().equals("receive") && message.path("headers").isMissingNode()) {
                    handled.add(message.get("title").asText());
                }
            });
            return handled;
        }

        private List<JsonNode> operations(String service, String action, String title) {
            JsonNode document = byService.get(service);
            assertTrue(document != null, "a document for " + service + " in " + byService.keySet());
            List<JsonNode> found = new ArrayList<>();
            document.at("/operations").forEach(operation -> {
                if (operation.get("action").asText().equals(action) && message(document, operation).get("title").asText().equals(title)) {
                    found.add(operation);
                }
            });
            return found;
        }

        /** The message an operation's first message reference points at, through its channel. */
        private static JsonNode message(JsonNode document, JsonNode operation) {
            String channelRef = operation.at("/messages/0/$ref").asText();
            String[] parts = channelRef.split("/");
            String ref = document.at("/channels/" + parts[2] + "/messages/" + parts[4] + "/$ref").asText();
            return document.at(ref.substring(1));
        }
    }
}
