package org.eventstorm.model.validate.rules;

import java.util.List;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/**
 * An event with no payload in any version: no schema and nothing under Data Carried. Consumers, the catalog and the
 * generated code have nothing to go on.
 */
public final class EventWithoutSchemaRule extends DescribedRule implements Rule {
    public EventWithoutSchemaRule() {
        super("event-without-schema", "Event without schema",
                Severity.WARNING, Scope.SELF, Level.DESIGN);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent event) || !event.payload().isEmpty()
                || event.versions().stream().anyMatch(version -> !version.schema().isEmpty())) {
            return List.of();
        }
        return List.of(Finding.on(this, id, Field.SCHEMA, "Event '" + event.name()
                + "' carries nothing anyone can read; list its fields under 'schema' (name, type, required) or under Data Carried"));
    }
}
