package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.SchemaFields;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/**
 * An event whose payload is only its Data Carried section (the spec's event template writes no schema): the exports
 * use those items as fields with guessed types, and say so here, with the fix that writes them as a schema.
 */
public final class SchemaFromDataCarriedRule extends DescribedRule implements Rule {
    public SchemaFromDataCarriedRule() {
        super("schema-from-data-carried", "Schema read from Data Carried",
                Severity.INFO, Scope.SELF, Level.DESIGN);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent event) || !event.schema().isEmpty() || !event.versions().isEmpty()) {
            return List.of();
        }
        List<SchemaField> fields = event.payload();
        if (fields.isEmpty()) {
            return List.of();
        }
        String guessed = fields.stream().map(field -> field.name() + ": " + field.type()).collect(Collectors.joining(", "));
        Finding finding = Finding.on(this, id, Field.DATA_CARRIED, "Event '" + event.name() + "' has no schema; its Data Carried is exported as "
                + guessed + "; write these under 'schema' to set the types yourself");
        return List.of(finding.withFix(new Fix("Write the schema from Data Carried", new EditField(id, Field.SCHEMA, new SchemaFields(fields)))));
    }
}
