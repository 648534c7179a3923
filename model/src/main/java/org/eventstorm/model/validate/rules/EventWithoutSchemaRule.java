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

/** An event with no payload schema in any version (the catalog wants a schema for every event). */
public final class EventWithoutSchemaRule extends DescribedRule implements Rule {
    public EventWithoutSchemaRule() {
        super("event-without-schema", "Event without schema",
                Severity.INFO, Scope.SELF, Level.DESIGN);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent event) || !event.schema().isEmpty()
                || event.versions().stream().anyMatch(version -> !version.schema().isEmpty())) {
            return List.of();
        }
        return List.of(Finding.on(this, id, Field.SCHEMA, "Event '" + event.name()
                + "' has no schema; list the fields it carries under 'schema' (name, type, required)"));
    }
}
