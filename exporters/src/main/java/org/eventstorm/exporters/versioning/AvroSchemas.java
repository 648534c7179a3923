package org.eventstorm.exporters.versioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventstorm.exporters.code.Words;

/**
 * An Avro schema (a record) per version of an event. Names are made into what Avro accepts ({@code [A-Za-z_][A-Za-z0-9_]*});
 * a field's name on the board stays in its {@code doc} when it had to change. Optional fields are unions with null,
 * defaulting to null, so consumers can read events that lack them.
 */
public final class AvroSchemas {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AvroSchemas() {
    }

    public static String of(VersionPlan plan, VersionPlan.Version version, String namespace) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "record");
        // One record name for every version, as a schema registry evolves one subject: Avro's own compatibility check
        // then compares the fields, not the names.
        record.put("name", plan.name().pascal());
        if (!namespace.isEmpty()) {
            record.put("namespace", namespace);
        }
        record.put("doc", plan.name().pascal() + " " + version.written() + " (" + plan.event() + ")");
        List<Map<String, Object>> fields = new ArrayList<>();
        for (VersionPlan.Field field : version.fields()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            String name = avroName(field);
            entry.put("name", name);
            entry.put("type", field.required() ? type(field.type()) : List.of("null", type(field.type())));
            String doc = (name.equals(field.written()) ? "" : field.written() + ": ") + field.description();
            if (!doc.isBlank()) {
                entry.put("doc", doc.strip());
            }
            if (!field.required()) {
                entry.put("default", null);
            }
            fields.add(entry);
        }
        record.put("fields", fields);
        try {
            return JSON.writeValueAsString(record) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code users.user}: the event type's parts before the event, made into Avro names; empty when there is none. */
    public static String namespace(String eventType) {
        String[] parts = eventType.strip().replaceFirst("\\.v\\d+$", "").split("\\.");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            String name = Words.of(parts[i]).lower();
            if (!name.isEmpty() && Character.isLetter(name.charAt(0))) {
                names.add(name);
            }
        }
        return String.join(".", names);
    }

    static String avroName(VersionPlan.Field field) {
        return field.written().matches("[A-Za-z_][A-Za-z0-9_]*") ? field.written() : field.name().camel();
    }

    private static Object type(VersionPlan.Type type) {
        return switch (type) {
            case STRING -> "string";
            case INTEGER -> "long";
            case NUMBER -> "double";
            case BOOLEAN -> "boolean";
            case OBJECT -> container("map", "values");
            case ARRAY -> container("array", "items");
        };
    }

    /**
     * A map or array whose shape the board does not give: its members any JSON scalar. (In insertion order, so the
     * file is the same on every export.)
     */
    private static Map<String, Object> container(String type, String members) {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("type", type);
        container.put(members, ANY_SCALAR);
        return container;
    }

    private static final List<String> ANY_SCALAR = List.of("null", "boolean", "long", "double", "string");
}
