package org.eventstorm.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldValue;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Names;
import org.eventstorm.model.sticky.Retry;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.SchemaFields;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.sticky.Versions;

/** Converts front-matter values between their YAML form and the model's typed {@link FieldValue}s. */
final class FieldValues {
    private static final Set<String> SCHEMA_KEYS = Set.of("name", "type", "required", "description");
    private static final Set<String> VERSION_KEYS = Set.of("version", "status", "sunset_date", "schema");
    private static final Set<String> RETRY_KEYS = Set.of("max_attempts", "backoff");

    private FieldValues() {
    }

    /** The typed value of a front-matter key; a value of the wrong shape is a {@link FormatException}. */
    static FieldValue read(Field field, YamlSegment segment) throws FormatException {
        JsonNode node = segment.value();
        int line = segment.line();
        return switch (field.shape()) {
            case TEXT -> {
                if (!segment.isScalar()) {
                    throw new FormatException(line, "'" + field.label() + "' should be a single value, not a list or mapping");
                }
                yield Text.of(segment.scalar());
            }
            case NAMES -> new Names(names(node, field, line));
            case SCHEMA -> new SchemaFields(schema(node, field.label(), line));
            case VERSIONS -> new Versions(versions(node, line));
            case RETRY -> retry(node, line);
            case PROSE, LIST -> throw new IllegalArgumentException(field + " is a section");
        };
    }

    /** The value as plain Java for {@link YamlWriter}: strings, lists and ordered maps. */
    static Object write(FieldValue value) {
        if (value instanceof Text text) {
            return text.value();
        }
        if (value instanceof Names names) {
            return names.names();
        }
        if (value instanceof SchemaFields schema) {
            return schema.fields().stream().map(FieldValues::schemaField).toList();
        }
        if (value instanceof Versions versions) {
            return versions.versions().stream().map(FieldValues::version).toList();
        }
        if (value instanceof Retry retry) {
            Map<String, Object> map = new LinkedHashMap<>();
            if (retry.maxAttempts() > 0) {
                map.put("max_attempts", retry.maxAttempts());
            }
            if (!retry.backoff().isEmpty()) {
                map.put("backoff", retry.backoff());
            }
            map.putAll(retry.extra());
            return map;
        }
        if (value instanceof Markdown) {
            throw new IllegalArgumentException("markdown is written as a section, not in front matter");
        }
        throw new IllegalArgumentException("cannot write " + value);
    }

    private static List<String> names(JsonNode node, Field field, int line) throws FormatException {
        if (node.isNull()) {
            return List.of();
        }
        if (node.isValueNode()) {
            return List.of(node.asText());
        }
        if (!node.isArray()) {
            throw new FormatException(line, "'" + field.label() + "' should be a list of names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.isNull()) {
                throw new FormatException(line, "'" + field.label() + "' should list names only (one '- Name' per line)");
            }
            names.add(item.asText());
        }
        return names;
    }

    private static List<SchemaField> schema(JsonNode node, String label, int line) throws FormatException {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new FormatException(line, "'" + label + "' should be a list of fields, each with a name and a type");
        }
        List<SchemaField> fields = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject() || (item.hasNonNull("name") && !item.get("name").isValueNode())) {
                throw new FormatException(line, "every field in '" + label + "' should be a mapping with a 'name' and a 'type'");
            }
            // A field without a name is kept (the validator says which one it is), so the rest of the schema is used.
            String name = item.hasNonNull("name") ? item.get("name").asText() : "";
            fields.add(new SchemaField(name, text(item, "type"), bool(item, "required", line),
                    text(item, "description"), extra(item, SCHEMA_KEYS)));
        }
        return fields;
    }

    private static List<EventVersion> versions(JsonNode node, int line) throws FormatException {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new FormatException(line, "'versions' should be a list, each with a 'version'");
        }
        List<EventVersion> versions = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject() || !item.hasNonNull("version") || !item.get("version").isValueNode()) {
                throw new FormatException(line, "every entry in 'versions' needs a 'version' (v1, v2 ...)");
            }
            List<SchemaField> schema = item.has("schema") ? schema(item.get("schema"), "schema", line) : List.of();
            versions.add(new EventVersion(item.get("version").asText(), text(item, "status"), text(item, "sunset_date"),
                    schema, extra(item, VERSION_KEYS)));
        }
        return versions;
    }

    private static Retry retry(JsonNode node, int line) throws FormatException {
        if (node.isNull()) {
            return Retry.EMPTY;
        }
        if (node.isIntegralNumber() || node.isTextual() && node.asText().matches("\\d+")) {
            return Retry.of(attempts(node, line), "");
        }
        if (!node.isObject()) {
            throw new FormatException(line, "'retry' should be a mapping: max_attempts and backoff");
        }
        int attempts = node.has("max_attempts") ? attempts(node.get("max_attempts"), line) : 0;
        return new Retry(attempts, text(node, "backoff"), extra(node, RETRY_KEYS));
    }

    private static int attempts(JsonNode node, int line) throws FormatException {
        String text = node.asText().strip();
        if (!text.matches("\\d{1,6}")) {
            throw new FormatException(line, "'max_attempts' should be a whole number, not '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static String text(JsonNode object, String key) {
        JsonNode value = object.get(key);
        return value == null || value.isNull() || !value.isValueNode() ? "" : value.asText();
    }

    private static boolean bool(JsonNode object, String key, int line) throws FormatException {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asText().strip().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("yes")) {
            return true;
        }
        if (text.equals("false") || text.equals("no")) {
            return false;
        }
        throw new FormatException(line, "'" + key + "' should be true or false, not '" + value.asText() + "'");
    }

    private static Map<String, Object> extra(JsonNode object, Set<String> known) {
        Map<String, Object> all = YamlTrees.plainMap(object);
        Map<String, Object> extra = new LinkedHashMap<>();
        all.forEach((key, value) -> {
            if (!known.contains(key)) {
                extra.put(key, value);
            }
        });
        return extra;
    }

    private static Map<String, Object> schemaField(SchemaField field) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (!field.name().isEmpty()) {
            map.put("name", field.name());
        }
        if (!field.type().isEmpty()) {
            map.put("type", field.type());
        }
        map.put("required", field.required());
        if (!field.description().isEmpty()) {
            map.put("description", field.description());
        }
        map.putAll(field.extra());
        return map;
    }

    private static Map<String, Object> version(EventVersion version) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", version.version());
        if (!version.status().isEmpty()) {
            map.put("status", version.status());
        }
        if (!version.sunsetDate().isEmpty()) {
            map.put("sunset_date", version.sunsetDate());
        }
        if (!version.schema().isEmpty()) {
            map.put("schema", version.schema().stream().map(FieldValues::schemaField).toList());
        }
        map.putAll(version.extra());
        return map;
    }
}
