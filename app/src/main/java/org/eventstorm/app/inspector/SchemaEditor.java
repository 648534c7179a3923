package org.eventstorm.app.inspector;

import java.util.List;
import java.util.function.Consumer;
import org.eventstorm.app.forms.RecordTable;
import org.eventstorm.model.sticky.SchemaField;

/** An event's payload fields as a small table: name, type, required, description; add and remove rows. */
public final class SchemaEditor {
    private SchemaEditor() {
    }

    public static RecordTable<SchemaField> of(String id, List<SchemaField> fields, Consumer<List<SchemaField>> commit) {
        RecordTable<SchemaField> table = new RecordTable<>(id, fields, rows -> SchemaField.of("field" + (rows.size() + 1), "string", false),
                "Add field", commit);
        return table.text("Name", 120, SchemaField::name, (field, value) -> new SchemaField(value, field.type(), field.required(), field.description(),
                field.extra()), value -> !value.isEmpty()).text("Type", 80, SchemaField::type,
                        (field, value) -> new SchemaField(field.name(), value, field.required(), field.description(),
                                field.extra())).check(
                                        "Req.", 46, SchemaField::required,
                                        (field, value) -> new SchemaField(field.name(), field.type(), value, field.description(),
                                                field.extra())).text("Description", 160, SchemaField::description,
                                                        (field, value) -> new SchemaField(field.name(), field.type(), field.required(),
                                                                value, field.extra()));
    }
}
