package org.eventstorm.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a tree against a JSON Schema (draft 7) by the few keywords the saga DSL's schema uses: type, required,
 * additionalProperties, properties, items, a {@code $ref} into the schema, enum, minimum, minLength, pattern and
 * oneOf. The schema stays the one statement of what is allowed; this only reads it. A cold {@code eventstorm validate}
 * of a board with sagas spent a quarter of its CPU starting a general validator for these eleven keywords, so
 * {@link SagaSchema} checks with this one when {@link #covers} says the schema uses nothing else, and with the general
 * validator otherwise. {@code SchemaKeywordsTest} checks both give the same violations on thousands of sagas.
 */
final class SchemaKeywords {
    private static final Set<String> CHECKED = Set.of("type", "required", "additionalProperties", "properties", "items", "$ref", "enum", "minimum",
            "minLength", "pattern", "oneOf");
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "definitions");

    private final JsonNode root;
    private final Map<String, Pattern> patterns = new HashMap<>();

    SchemaKeywords(JsonNode root) {
        this.root = root;
    }

    /** True when every keyword of {@code schema} is one this class checks or an annotation that checks nothing. */
    static boolean covers(JsonNode schema) {
        if (!schema.isObject()) {
            return schema.isBoolean();
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            boolean covered = switch (keyword) {
                case "properties", "definitions" -> all(value.elements(), SchemaKeywords::covers);
                case "items" -> value.isObject() && covers(value);
                case "oneOf" -> value.isArray() && all(value.elements(), SchemaKeywords::covers);
                case "additionalProperties" -> value.isBoolean();
                case "$ref" -> value.asText().startsWith("#/");
                case "type" -> value.isTextual();
                default -> CHECKED.contains(keyword) || ANNOTATIONS.contains(keyword);
            };
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    private static boolean all(Iterator<JsonNode> nodes, Predicate<JsonNode> test) {
        while (nodes.hasNext()) {
            if (!test.test(nodes.next())) {
                return false;
            }
        }
        return true;
    }

    /** What {@code instance} breaks, in document order of the schema's checks. */
    List<SagaSchema.Violation> check(JsonNode instance) {
        List<SagaSchema.Violation> violations = new ArrayList<>();
        check(root, instance, "", violations);
        return violations;
    }

    private void check(JsonNode schema, JsonNode instance, String pointer, List<SagaSchema.Violation> violations) {
        if (schema.has("$ref")) {
            JsonNode target = root;
            for (String part : schema.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            check(target, instance, pointer, violations);
        }
        if (schema.has("type") && !isType(instance, schema.get("type").asText())) {
            violations.add(violation(pointer, "type", typeOf(instance) + " found, " + schema.get("type").asText() + " expected"));
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), instance)) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(value -> allowed.add(value.asText()));
            violations.add(new SagaSchema.Violation(pointer, "enum", "does not have a value in the enumeration " + allowed, List.copyOf(allowed)));
        }
        if (schema.has("minimum") && instance.isNumber() && instance.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            violations.add(violation(pointer, "minimum", "must have a minimum value of " + schema.get("minimum").asText()));
        }
        if (schema.has("minLength") && instance.isTextual()
                && instance.textValue().codePointCount(0, instance.textValue().length()) < schema.get("minLength").asInt()) {
            violations.add(violation(pointer, "minLength", "must be at least " + schema.get("minLength").asInt() + " characters long"));
        }
        if (schema.has("pattern") && instance.isTextual()
                && !patterns.computeIfAbsent(schema.get("pattern").asText(), Pattern::compile).matcher(instance.textValue()).find()) {
            violations.add(violation(pointer, "pattern", "does not match the regex pattern " + schema.get("pattern").asText()));
        }
        if (schema.has("oneOf")) {
            int valid = 0;
            List<SagaSchema.Violation> inner = new ArrayList<>();
            for (JsonNode option : schema.get("oneOf")) {
                int before = inner.size();
                check(option, instance, pointer, inner);
                valid += inner.size() == before ? 1 : 0;
            }
            if (valid == 0) {
                violations.addAll(inner); // as the general validator does: why no option fits
            }
            if (valid != 1) {
                violations.add(violation(pointer, "oneOf", "must be valid to one and only one schema, but " + valid + " are valid"));
            }
        }
        if (instance.isObject()) {
            object(schema, instance, pointer, violations);
        }
        if (instance.isArray() && schema.has("items")) {
            for (int i = 0; i < instance.size(); i++) {
                check(schema.get("items"), instance.get(i), pointer + "/" + i, violations);
            }
        }
    }

    private void object(JsonNode schema, JsonNode instance, String pointer, List<SagaSchema.Violation> violations) {
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!instance.has(name.asText())) {
                    violations.add(violation(pointer, "required", "required property '" + name.asText() + "' not found"));
                }
            }
        }
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = instance.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), at, violations);
            } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").booleanValue()) {
                violations.add(violation(pointer, "additionalProperties",
                        "property '" + field.getKey() + "' is not defined in the schema and the schema does not allow additional properties"));
            }
        }
    }

    private static SagaSchema.Violation violation(String pointer, String keyword, String message) {
        return new SagaSchema.Violation(pointer, keyword, message, List.of());
    }

    private static boolean contains(JsonNode values, JsonNode instance) {
        for (JsonNode value : values) {
            if (value.equals(instance) || value.isNumber() && instance.isNumber() && value.decimalValue().compareTo(instance.decimalValue()) == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isType(JsonNode instance, String type) {
        return switch (type) {
            case "object" -> instance.isObject();
            case "array" -> instance.isArray();
            case "string" -> instance.isTextual();
            case "integer" -> instance.isIntegralNumber() || instance.isNumber() && instance.decimalValue().stripTrailingZeros().scale() <= 0;
            case "number" -> instance.isNumber();
            case "boolean" -> instance.isBoolean();
            case "null" -> instance.isNull();
            default -> true;
        };
    }

    private static String typeOf(JsonNode instance) {
        if (instance.isIntegralNumber()) {
            return "integer";
        }
        return switch (instance.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> instance.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
