package org.eventstorm.exporters.asyncapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventstorm.exporters.schema.JsonSchemas;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.Sticky;

/**
 * The payload of a message: an event version's schema fields as a JSON Schema object (the same as the JSON Schema
 * export's {@code data}); a field whose JSON type does not say how the board wrote it ({@code decimal},
 * {@code money}, an unknown word) keeps the written type in {@code x-eventstorm-type}.
 */
final class MessagePayloads {
    private MessagePayloads() {
    }

    static Map<String, Object> of(List<SchemaField> fields, boolean deprecated) {
        Map<String, Object> payload = JsonSchemas.payload(fields);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) payload.get("properties");
        for (SchemaField field : fields) {
            @SuppressWarnings("unchecked")
            Map<String, Object> property = (Map<String, Object>) properties.get(field.name());
            if (property != null && !JsonSchemas.writtenType(property).equals(field.type().strip())) {
                property.put("x-eventstorm-type", field.type().strip());
            }
        }
        if (deprecated) {
            payload.put("deprecated", true);
        }
        return payload;
    }

    /** A command's payload: the board gives a command no fields, so an object said to carry what the intent needs. */
    static Map<String, Object> command(Sticky command) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "object");
        payload.put("description", "What " + command.name() + " needs to be carried out");
        return payload;
    }
}
