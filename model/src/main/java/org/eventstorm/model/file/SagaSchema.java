package org.eventstorm.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the saga DSL allows, as its JSON Schema ({@code /schemas/saga.schema.json}, shipped with the exports)
 * states them: the one statement of them, which the validator checks saga files against.
 */
public final class SagaSchema {
    private static final String TEXT = readText();
    private static final Map<String, List<String>> ALLOWED = allowed(TEXT);

    private SagaSchema() {
    }

    /** The schema's text, as the saga export ships it beside the saga files. */
    public static String text() {
        return TEXT;
    }

    /**
     * The allowed values of each field with a closed set of them, by its path in a saga file; a star stands for any
     * step's index, so the retry backoff of every step is one entry (fixed, linear, exponential).
     */
    public static Map<String, List<String>> allowedValues() {
        return ALLOWED;
    }

    private static String readText() {
        try (InputStream in = SagaSchema.class.getResourceAsStream("/schemas/saga.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the saga JSON Schema is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> allowed(String text) {
        try {
            JsonNode schema = new ObjectMapper().readTree(text);
            Map<String, List<String>> allowed = new LinkedHashMap<>();
            collect(schema, schema.path("properties"), "", allowed);
            return Map.copyOf(allowed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode root, JsonNode properties, String path, Map<String, List<String>> allowed) {
        properties.fields().forEachRemaining(entry -> {
            JsonNode node = resolve(root, entry.getValue());
            String at = path + "/" + entry.getKey();
            if (node.has("enum")) {
                List<String> values = new ArrayList<>();
                node.get("enum").forEach(value -> values.add(value.asText()));
                allowed.put(at, List.copyOf(values));
            }
            if (node.has("properties")) {
                collect(root, node.get("properties"), at, allowed);
            }
            if (node.has("items")) {
                JsonNode items = resolve(root, node.get("items"));
                if (items.has("properties")) {
                    collect(root, items.get("properties"), at + "/*", allowed);
                }
            }
        });
    }

    /** A {@code $ref} to the schema's own definitions, followed. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.asText().startsWith("#/")) {
            return node;
        }
        JsonNode target = root;
        for (String part : ref.asText().substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
