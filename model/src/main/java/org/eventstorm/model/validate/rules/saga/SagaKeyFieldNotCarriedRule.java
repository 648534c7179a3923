package org.eventstorm.model.validate.rules.saga;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaNames;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.Spelling;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.DefinitionRule;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;
import org.eventstorm.model.validate.rules.DescribedRule;

/**
 * An idempotent saga names its runs by the key fields of its trigger event, so each must be a field that event
 * carries (its schema, or its Data Carried): a run named by a field the event does not have would never find its
 * repeat, and the generated code refuses every such event. {@code sagaId} is the saga's own and always there.
 */
public final class SagaKeyFieldNotCarriedRule extends DescribedRule implements DefinitionRule {
    public SagaKeyFieldNotCarriedRule() {
        super("saga-key-field-not-carried", "Saga idempotency key the trigger event does not carry", Severity.ERROR, DefinitionKind.SAGA,
                Level.DESIGN);
    }

    @Override
    public List<Finding> check(DefinitionId id, Definition definition, ValidationContext context) {
        Saga saga = (Saga) definition;
        List<Finding> findings = new ArrayList<>();
        if (!saga.idempotency().isOn() || saga.triggerEvent().isBlank()) {
            return findings;
        }
        List<StickyId> events = context.board().find(StickyKind.EVENT, SagaNames.key(saga.triggerEvent()));
        if (events.size() != 1 || !(context.board().get(events.get(0)) instanceof DomainEvent event)) {
            return findings;
        }
        Set<String> carried = carried(event);
        if (carried.isEmpty()) {
            return findings;
        }
        List<String> keys = saga.idempotency().keyFields();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i).strip();
            if (key.equals("sagaId") || carried.stream().anyMatch(field -> field.equalsIgnoreCase(key))) {
                continue;
            }
            findings.add(Finding.onDefinition(this, id, "/saga/idempotency/key_fields/" + i, saga.name() + " runs once per '" + key + "', but "
                    + event.name() + " carries no such field (it carries " + String.join(", ", carried) + ")"
                    + Spelling.closest(key, carried).map(best -> "; did you mean '" + best + "'?").orElse(
                            "; name a field the event carries, or add the field to the event")));
        }
        return findings;
    }

    /** The names of the fields the event carries (its schema's, else its Data Carried's), but the saga's own id. */
    private static Set<String> carried(DomainEvent event) {
        Set<String> names = new LinkedHashSet<>();
        for (SchemaField field : event.payload()) {
            if (!field.name().isBlank()) {
                names.add(field.name().strip());
            }
        }
        names.removeIf(name -> name.toLowerCase(Locale.ROOT).equals("sagaid"));
        return names;
    }
}
