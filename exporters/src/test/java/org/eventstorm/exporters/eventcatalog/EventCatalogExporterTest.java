package org.eventstorm.exporters.eventcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Golden;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCatalogExporterTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n(.*?)\\n---\\n", Pattern.DOTALL);

    @TempDir
    Path temp;

    @Test
    void theOrderSampleBecomesACatalog() throws IOException {
        export(BoardFolders.SAMPLES.resolve("order-fulfillment"));
        Golden.assertMatches("eventcatalog", temp, path -> true);
        JsonNode service = frontMatter("eventcatalog/domains/inventory/services/inventory-service/index.mdx");
        assertEquals("[{\"id\":\"inventory-released\"},{\"id\":\"inventory-reserved\"}]", service.get("sends").toString());
        assertTrue(service.get("receives").toString().contains("\"order-placed\""), "Inventory's policy reacts to Order Placed");
    }

    @Test
    void aFailureIsABranchOfTheFlowNotAStepOnIt() throws IOException {
        export(BoardFolders.SAMPLES.resolve("order-fulfillment"));
        JsonNode steps = frontMatter("eventcatalog/flows/order-fulfillment/index.mdx").get("steps");
        Map<String, JsonNode> byTitle = new java.util.HashMap<>();
        steps.forEach(step -> byTitle.put(step.get("title").asText(), step));
        JsonNode placeOrder = byTitle.get("Place Order");
        assertEquals(byTitle.get("Order Placed").get("id"), placeOrder.get("next_steps").get(0).get("id"));
        assertEquals(byTitle.get("Order Rejected").get("id"), placeOrder.get("next_steps").get(1).get("id"));
        assertEquals("fails: Order Rejected", placeOrder.get("next_steps").get(1).get("label").asText());
        assertFalse(byTitle.get("Order Rejected").has("next_step"), "the failure ends its branch");
        assertEquals(byTitle.get("Reserve Inventory").get("id"), byTitle.get("Order Placed").get("next_step").get("id"),
                "the line goes on from the success: " + steps);
    }

    @Test
    void aLongTimelineIsAFlowInPartsThatEachSayWhichPartTheyAre() throws IOException {
        TargetFolder target = TargetFolder.at(temp);
        new EventCatalogExporter().export(ExportInput.of(new BoardGenerator(2026).generate(1_000)), target);
        Path flows = temp.resolve("eventcatalog/flows");
        java.util.List<Path> pages;
        try (var walk = Files.walk(flows)) {
            pages = walk.filter(path -> path.getFileName().toString().equals("index.mdx")).sorted().toList();
        }
        assertTrue(pages.size() > 1, "a 1,000-sticky board's timeline is longer than one part: " + pages);
        int total = 0;
        for (Path page : pages) {
            JsonNode matter = frontMatter(temp, temp.relativize(page).toString());
            JsonNode steps = matter.get("steps");
            assertTrue(steps.size() <= EventCatalogExporter.FLOW_PART, page + " draws " + steps.size() + " steps");
            Set<String> ids = new HashSet<>();
            steps.forEach(step -> ids.add(step.get("id").asText()));
            steps.forEach(step -> {
                step.path("next_steps").forEach(next -> assertTrue(ids.contains(next.get("id").asText()), page + ": " + next));
                if (step.has("next_step")) {
                    assertTrue(ids.contains(step.get("next_step").get("id").asText()), page + ": " + step);
                }
            });
            assertTrue(matter.get("name").asText().contains("(part "), matter.get("name").asText());
            assertTrue(Files.readString(page).contains("A flow this long is split into parts of 100 steps"), page.toString());
            total += steps.size();
        }
        assertTrue(target.notes().stream().anyMatch(note -> note.matches("the flow of [0-9,]+ steps is in " + pages.size() + " parts of at most 100 steps")),
                target.notes().toString());
        assertTrue(total > EventCatalogExporter.FLOW_PART, "every step is in a part: " + total);
    }

    @Test
    void everyReferenceNamesAResourceTheCatalogHas() throws IOException {
        // The EventCatalog build does not catch these, so this test must.
        for (Path board : new Path[] {BoardFolders.SAMPLES.resolve("order-fulfillment"), Path.of("src/test/resources/boards/hostile")}) {
            Path out = temp.resolve(board.getFileName().toString());
            new EventCatalogExporter().export(ExportInput.of(BoardReader.read(board)), TargetFolder.at(out));
            Set<String> messages = new HashSet<>();
            Set<String> teams = new HashSet<>();
            Set<String> services = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (Map.Entry<String, String> file : BoardFolders.contents(out).entrySet()) {
                if (!file.getKey().endsWith(".mdx")) {
                    continue;
                }
                JsonNode page = frontMatter(out, file.getKey());
                String id = page.get("id").asText();
                assertTrue(ids.add(file.getKey().split("/")[1] + ":" + id + "@" + page.path("version").asText()), "duplicate id " + id);
                if (file.getKey().contains("/events/")) {
                    assertEquals("1.0.0", page.path("version").asText(), file.getKey() + ": an event's v1 is catalog version 1.0.0");
                } else if (!file.getKey().contains("/teams/")) {
                    assertEquals("0.0.1", page.path("version").asText(), file.getKey() + " has a quoted version");
                }
                if (file.getKey().contains("/events/") || file.getKey().contains("/commands/")) {
                    messages.add(id);
                } else if (file.getKey().contains("/teams/")) {
                    teams.add(id);
                } else if (file.getKey().contains("/services/")) {
                    services.add(id);
                }
            }
            for (Map.Entry<String, String> file : BoardFolders.contents(out).entrySet()) {
                if (!file.getKey().endsWith(".mdx")) {
                    continue;
                }
                JsonNode page = frontMatter(out, file.getKey());
                page.path("sends").forEach(ref -> assertTrue(messages.contains(ref.get("id").asText()), file.getKey() + " sends " + ref));
                page.path("receives").forEach(ref -> assertTrue(messages.contains(ref.get("id").asText()), file.getKey() + " receives " + ref));
                page.path("owners").forEach(owner -> assertTrue(teams.contains(owner.asText()), file.getKey() + " owner " + owner));
                page.path("services").forEach(ref -> assertTrue(services.contains(ref.get("id").asText()), file.getKey() + " service " + ref));
                page.path("steps").forEach(step -> {
                    if (step.has("message")) {
                        assertTrue(messages.contains(step.get("message").get("id").asText()), file.getKey() + " step " + step);
                    }
                });
            }
        }
    }

    @Test
    void eachVersionOfAnEventIsACatalogVersionWithItsOwnSchema() throws IOException {
        export(BoardFolders.SAMPLES.resolve("user-registration"));
        String event = "eventcatalog/events/user-registered/";
        JsonNode newest = frontMatter(event + "index.mdx");
        assertEquals("3.0.0", newest.get("version").asText());
        assertEquals("[\"users.user.registered.v2\",\"beta\"]", contents(newest.get("badges")));
        JsonNode v1 = frontMatter(event + "versioned/1.0.0/index.mdx");
        assertEquals("1.0.0", v1.get("version").asText());
        assertTrue(v1.get("deprecated").asBoolean(), "v1 is deprecated");
        assertEquals("2.0.0", frontMatter(event + "versioned/2.0.0/index.mdx").get("version").asText());
        assertTrue(Files.readString(temp.resolve(event + "versioned/1.0.0/index.mdx")).contains(
                "v1 (deprecated), sunset on 2027-06-30, one of 3 versions; the newest is v3."));
        ObjectMapper json = new ObjectMapper();
        assertEquals("[\"userId\",\"email\",\"name\"]", fieldNames(json.readTree(temp.resolve(event + "versioned/1.0.0/schema.json").toFile())));
        assertTrue(fieldNames(json.readTree(temp.resolve(event + "versioned/2.0.0/schema.json").toFile())).contains("\"firstName\""));
        assertTrue(fieldNames(json.readTree(temp.resolve(event + "schema.json").toFile())).contains("\"preferences\""));
    }

    @Test
    void anEventWrittenFromTheSpecsTemplateGetsItsSchemaFromDataCarried() throws IOException {
        export(Path.of("../model/src/test/resources/seed-templates"));
        JsonNode schema = new ObjectMapper().readTree(temp.resolve("eventcatalog/events/order-placed/schema.json").toFile());
        assertEquals("[\"orderId\",\"customerId\",\"orderItems\",\"shippingAddress\",\"paymentMethodReference\",\"totalAmount\"]", fieldNames(schema));
        assertEquals("array", schema.get("properties").get("data").get("properties").get("orderItems").get("type").asText());
        assertEquals("schema.json", frontMatter("eventcatalog/events/order-placed/index.mdx").get("schemaPath").asText());
    }

    @Test
    void eachSchemaIsTheWholeEventTheEnvelopeOfTheBoardsConventionAroundThePayload() throws IOException {
        export(BoardFolders.SAMPLES.resolve("user-registration"));
        JsonNode v1 = new ObjectMapper().readTree(temp.resolve("eventcatalog/events/user-registered/versioned/1.0.0/schema.json").toFile());
        assertEquals("[\"event_id\",\"event_type\",\"event_version\",\"timestamp\",\"source\",\"correlation_id\",\"data\"]",
                v1.get("required").toString());
        assertEquals("users.user.registered.v1", v1.get("properties").get("event_type").get("const").asText(), "each version pins its own type");
        assertEquals("v1", v1.get("properties").get("event_version").get("const").asText());
        assertTrue(v1.get("properties").has("causation_id"));
        Path cloud = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("cloud"));
        Files.writeString(cloud.resolve("board.yaml"), Files.readString(cloud.resolve("board.yaml")).replace("level: design\n",
                "level: design\nevent_types: cloudevents\n"));
        Path out = temp.resolve("cloud-out");
        new EventCatalogExporter().export(ExportInput.of(BoardReader.read(cloud)), TargetFolder.at(out));
        JsonNode placed = new ObjectMapper().readTree(out.resolve("eventcatalog/events/order-placed/schema.json").toFile());
        assertEquals("[\"specversion\",\"type\",\"source\",\"id\",\"time\",\"data\"]", placed.get("required").toString());
        assertTrue(placed.get("properties").get("metadata").get("properties").has("correlationId"));
    }

    private static String contents(JsonNode badges) {
        StringBuilder list = new StringBuilder("[");
        badges.forEach(badge -> list.append(list.length() > 1 ? "," : "").append('"').append(badge.get("content").asText()).append('"'));
        return list.append("]").toString();
    }

    private static String fieldNames(JsonNode schema) {
        StringBuilder list = new StringBuilder("[");
        schema.get("properties").get("data").get("properties").fieldNames().forEachRemaining(
                name -> list.append(list.length() > 1 ? "," : "").append('"').append(name).append('"'));
        return list.append("]").toString();
    }

    @Test
    void hostileTextReachesThePagesEscapedAndEveryFileStaysInside() throws IOException {
        TargetFolder target = export(Path.of("src/test/resources/boards/hostile"));
        assertTrue(target.written().stream().allMatch(path -> path.startsWith("eventcatalog/")), target.written().toString());
        String command = Files.readString(temp.resolve("eventcatalog/commands/send-payload-now/index.mdx"));
        assertTrue(command.contains("\n&#105;mport the payload from the \\<https://x\\> gateway\n"), command);
        assertTrue(command.contains("\n&#101;xport const a = 1\n"), command);
        assertTrue(command.contains("- Payload is a `Map<String, Object>` with \\{id\\}"), command);
        assertEquals("Send {payload} \"now\" \uD83D\uDE80", frontMatter("eventcatalog/commands/send-payload-now/index.mdx").get("name").asText());
        String event = Files.readString(temp.resolve("eventcatalog/events/map-string-object-updated/index.mdx"));
        assertTrue(event.contains("Map<String, Object> payload = new HashMap<>(); // {braces} in code stay"), "fenced code is kept: " + event);
        assertTrue(Files.readString(temp.resolve("eventcatalog/eventcatalog.config.js")).contains(
                "title: 'Hostile {names} & \\u003ctags> \"quoted\" \uD83D\uDE80'"));
        JsonNode schema = new ObjectMapper().readTree(temp.resolve("eventcatalog/events/map-string-object-updated/schema.json").toFile());
        JsonNode payload = schema.get("properties").get("data").get("properties").get("payload{}");
        assertEquals("import me <b>", payload.get("description").asText());
        assertEquals("[\"payload{}\"]", schema.get("properties").get("data").get("required").toString());
        assertFalse(Files.exists(temp.resolve("etc")));
    }

    private TargetFolder export(Path board) throws IOException {
        TargetFolder target = TargetFolder.at(temp);
        new EventCatalogExporter().export(ExportInput.of(BoardReader.read(board)), target);
        return target;
    }

    private JsonNode frontMatter(String path) throws IOException {
        return frontMatter(temp, path);
    }

    private static JsonNode frontMatter(Path root, String path) throws IOException {
        Matcher matcher = FRONT_MATTER.matcher(Files.readString(root.resolve(path)));
        assertTrue(matcher.find(), path + " starts with front matter");
        return YAML.readTree(matcher.group(1));
    }
}
