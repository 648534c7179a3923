package org.eventstorm.model.sticky;

import java.util.Map;
import java.util.Objects;

/**
 * One field of an event's payload schema.
 *
 * @param extra keys the tool does not know, kept in order so that nothing written is lost
 */
public record SchemaField(String name, String type, boolean required, String description, Map<String, Object> extra) {
    public SchemaField {
        Objects.requireNonNull(name, "name");
        type = type == null ? "" : type;
        description = description == null ? "" : description;
        extra = OrderedMaps.copyOf(extra);
    }

    public static SchemaField of(String name, String type, boolean required) {
        return new SchemaField(name, type, required, "", Map.of());
    }

    public SchemaField withDescription(String text) {
        return new SchemaField(name, type, required, text, extra);
    }
}
