package org.eventstorm.model.sticky;

import java.util.List;

/** An event's payload schema: its fields in the order they were written. */
public record SchemaFields(List<SchemaField> fields) implements FieldValue {
    public static final SchemaFields EMPTY = new SchemaFields(List.of());

    public SchemaFields {
        fields = List.copyOf(fields);
    }

    @Override
    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
