package org.eventstorm.exporters.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventstorm.model.sticky.FieldType;
import org.eventstorm.model.sticky.SchemaField;

/**
 * A JSON Schema (draft 2020-12) for an event: its envelope ({@link EventEnvelope}) with the payload from the schema
 * fields on its sticky as {@code data}.
 */
public final class JsonSchemas {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonSchemas() {
    }

    /** The schema of one version of an event, envelope and payload. */
    public static String of(String title, List<SchemaField> fields, EventEnvelope envelope) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", title);
        schema.put("type", "object");
        schema.put("properties", envelope.properties(payload(fields)));
        schema.put("required", envelope.required());
        try {
            return JSON.writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload alone, as an object schema with no {@code $schema} of its own. */
    public static Map<String, Object> payload(List<SchemaField> fields) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", "The payload");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (SchemaField field : fields) {
            if (field.name().isBlank()) {
                continue;
            }
            Map<String, Object> property = new LinkedHashMap<>(type(field.type()));
            if (!field.description().isBlank()) {
                property.put("description", field.description());
            }
            properties.put(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    /** A map that keeps its keys in the order given, so the schema file is the same on every run. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The JSON Schema type of a field type as people write it on a sticky ({@code uuid}, {@code decimal}, {@code string[]}). */
    public static Map<String, Object> type(String written) {
        String type = written.strip().toLowerCase(Locale.ROOT);
        if (type.endsWith("[]")) {
            return ordered("type", "array", "items", type(type.substring(0, type.length() - 2)));
        }
        Optional<FieldType> known = FieldType.of(type);
        if (known.isEmpty()) {
            return ordered("type", "string");
        }
        Map<String, Object> json = ordered("type", known.get().jsonType());
        known.get().format().ifPresent(format -> json.put("format", format));
        return json;
    }

    /**
     * The type an import reads from a property's JSON Schema: the type the JSON type and format name
     * ({@code string} with {@code uuid} is {@code uuid}), a list as {@code type[]}; {@code string} for anything else.
     */
    public static String writtenType(Map<String, Object> property) {
        Object type = property.get("type");
        if ("array".equals(type) && property.get("items") instanceof Map<?, ?> items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> itemSchema = (Map<String, Object>) items;
            return writtenType(itemSchema) + "[]";
        }
        Optional<String> format = Optional.ofNullable(property.get("format")).map(Object::toString);
        return FieldType.ofJson(String.valueOf(type).toLowerCase(Locale.ROOT), format).map(FieldType::word).orElse("string");
    }
}
