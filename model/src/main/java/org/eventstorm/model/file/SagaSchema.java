package org.eventstorm.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventstorm.model.saga.Saga;

/**
 * The values the saga DSL allows, as its JSON Schema ({@code /schemas/saga.schema.json}, shipped with the exports)
 * states them: the one statement of them, which the validator checks saga files against.
 */
public final class SagaSchema {
    private static final String TEXT = readText();
    private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();
    private static final Map<String, Integer> MINIMUMS = new LinkedHashMap<>();

    private static final JsonNode SCHEMA = tree(TEXT);

    static {
        collect(SCHEMA, SCHEMA.path("properties"), "");
    }

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
        return Collections.unmodifiableMap(ALLOWED);
    }

    /** The least whole number the schema allows at {@code path} (a star for any step's index); 0 when it sets none. */
    public static int minimum(String path) {
        return MINIMUMS.getOrDefault(path, 0);
    }

    /**
     * Everything in {@code saga} its JSON Schema refuses, each with where it is (a JSON pointer into the saga file)
     * and the schema keyword that refuses it ({@code enum}, {@code minimum}, {@code type} ...).
     */
    public static List<Violation> violations(Saga saga) {
        return violations(tree(SagaYaml.write(saga, null)));
    }

    /** Everything in {@code instance} (a saga file as a tree) the schema refuses, sorted by where. */
    static List<Violation> violations(JsonNode instance) {
        List<Violation> violations = new ArrayList<>(Checking.KEYWORDS != null ? Checking.KEYWORDS.check(instance) : Validating.violations(instance));
        violations.sort(Comparator.comparing(Violation::pointer));
        return violations;
    }

    /** The same, by the general JSON Schema validator, whatever keywords the schema uses (tests compare the two). */
    static List<Violation> generalViolations(JsonNode instance) {
        List<Violation> violations = new ArrayList<>(Validating.violations(instance));
        violations.sort(Comparator.comparing(Violation::pointer));
        return violations;
    }

    /** A YAML (or JSON) text that the tool wrote itself, as a tree. */
    private static JsonNode tree(String text) {
        try {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            for (YamlSegment segment : YamlDocumentParser.parse(text).segments()) {
                root.set(segment.key(), segment.value());
            }
            return root;
        } catch (FormatException e) {
            throw new IllegalStateException("the tool's own saga text does not parse, line " + e.line() + ": " + e.getMessage(), e);
        }
    }

    /**
     * One thing the schema refuses.
     *
     * @param pointer where, as a JSON pointer ({@code /saga/steps/0/retry/max_attempts})
     * @param keyword the schema keyword that refuses it
     * @param message what is wrong, in the validator's words, without the location
     * @param allowed the values allowed there, for an {@code enum}
     */
    public record Violation(String pointer, String keyword, String message, List<String> allowed) {
    }

    /** The checker of the schema's own keywords, made on first use; null when the schema uses one it does not check. */
    private static final class Checking {
        static final SchemaKeywords KEYWORDS = SchemaKeywords.covers(SCHEMA) ? new SchemaKeywords(SCHEMA) : null;
    }

    /** The general validator, compiled on first use: only when the schema uses a keyword {@link SchemaKeywords} does not check. */
    private static final class Validating {
        static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(TEXT,
                SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());

        static List<Violation> violations(JsonNode instance) {
            List<Violation> violations = new ArrayList<>();
            for (ValidationMessage message : SCHEMA.validate(instance)) {
                violations.add(new Violation(message.getInstanceLocation().toString(), message.getType(), message.getError(),
                        message.getSchemaNode() == null ? List.of() : values(message.getSchemaNode().isArray() ? message.getSchemaNode()
                                : message.getSchemaNode().path("enum"))));
            }
            return violations;
        }
    }

    private static List<String> values(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(value -> values.add(value.asText()));
        return values;
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

    private static void collect(JsonNode root, JsonNode properties, String path) {
        properties.fields().forEachRemaining(entry -> {
            JsonNode node = resolve(root, entry.getValue());
            String at = path + "/" + entry.getKey();
            if (node.has("enum")) {
                List<String> values = new ArrayList<>();
                node.get("enum").forEach(value -> values.add(value.asText()));
                ALLOWED.put(at, List.copyOf(values));
            }
            if (node.has("minimum")) {
                MINIMUMS.put(at, node.get("minimum").asInt());
            }
            if (node.has("properties")) {
                collect(root, node.get("properties"), at);
            }
            if (node.has("items")) {
                JsonNode items = resolve(root, node.get("items"));
                if (items.has("properties")) {
                    collect(root, items.get("properties"), at + "/*");
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
