package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;

/**
 * The saga schema's keywords are checked without the general JSON Schema validator, and give what it gives: the same
 * places and keywords on thousands of sagas made by changing the sample's values (and adding keys) at random to values
 * the schema allows and values it does not.
 */
class SchemaKeywordsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> KEYS = List.of("name", "id", "steps", "retry", "backoff", "max_attempts", "timeout", "depends_on",
            "compensation_order", "failure_handling", "on_timeout", "state_persistence", "backend", "table", "idempotency", "enabled",
            "key_fields", "custom_order", "unknown", "saga");

    @Test
    void theSagaSchemaUsesOnlyKeywordsCheckedWithoutTheGeneralValidator() throws Exception {
        assertTrue(SchemaKeywords.covers(new ObjectMapper().readTree(SagaSchema.text())));
        assertFalse(SchemaKeywords.covers(new ObjectMapper().readTree("{\"properties\": {\"a\": {\"maxLength\": 3}}}")),
                "a keyword it does not check hands the schema to the general validator");
    }

    @Test
    void bothCheckersFindTheSameProblemsInTheSamePlaces() throws Exception {
        JsonNode sample = new YAMLMapper().readTree(Files.readString(BoardFolders.SAMPLES.resolve("order-fulfillment/sagas/order-fulfillment-saga.yml")));
        assertEquals(List.of(), SagaSchema.violations(sample));
        Random random = new Random(20261207);
        int refused = 0;
        for (int run = 0; run < 3000; run++) {
            JsonNode saga = sample.deepCopy();
            for (int change = 1 + random.nextInt(3); change > 0; change--) {
                mutate(saga, random);
            }
            List<String> fast = places(SagaSchema.violations(saga));
            List<String> general = places(SagaSchema.generalViolations(saga));
            assertEquals(general, fast, "for " + saga);
            refused += fast.isEmpty() ? 0 : 1;
        }
        assertTrue(refused > 1000 && refused < 2900, "both kinds were tried: " + refused + " of 3000 refused");
    }

    private static List<String> places(List<SagaSchema.Violation> violations) {
        return new ArrayList<>(new TreeSet<>(violations.stream().map(violation -> violation.pointer() + " " + violation.keyword()).toList()));
    }

    /** Replaces a value somewhere in the tree, or adds a key, with a value from a pool of allowed and refused ones. */
    private static void mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        JsonNode value = value(random);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String key = names.isEmpty() || random.nextInt(4) == 0 ? KEYS.get(random.nextInt(KEYS.size())) : names.get(random.nextInt(names.size()));
            object.set(key, value);
        } else if (container instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextInt(4) == 0) {
                array.add(value);
            } else {
                array.set(random.nextInt(array.size()), value);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static JsonNode value(Random random) {
        return switch (random.nextInt(22)) {
            case 0 -> NODES.textNode("");
            case 1 -> NODES.textNode("fixed");
            case 2 -> NODES.textNode("random");
            case 3 -> NODES.textNode("5s");
            case 4 -> NODES.textNode("5 seconds");
            case 5 -> NODES.textNode("saga_state");
            case 6 -> NODES.textNode("saga state; --");
            case 7 -> NODES.textNode("compensate");
            case 8 -> NODES.textNode("database");
            case 9 -> NODES.numberNode(0);
            case 10 -> NODES.numberNode(1);
            case 11 -> NODES.numberNode(-3);
            case 12 -> NODES.numberNode(2.5);
            case 13 -> NODES.booleanNode(true);
            case 14 -> NODES.nullNode();
            case 15 -> NODES.arrayNode();
            case 16 -> NODES.arrayNode().add("a").add("b");
            case 17 -> NODES.arrayNode().add(1);
            case 18 -> NODES.objectNode();
            case 19 -> NODES.objectNode().put("id", "x");
            case 20 -> NODES.textNode("reverse");
            default -> NODES.objectNode().put("backoff", "linear").put("max_attempts", 0);
        };
    }
}
