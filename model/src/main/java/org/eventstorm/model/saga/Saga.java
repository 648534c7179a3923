package org.eventstorm.model.saga;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.sticky.OrderedMaps;
import org.eventstorm.model.sticky.StickyKind;

/**
 * A saga definition as the feature spec's DSL writes it under {@code saga:}.
 *
 * @param compensationOrder {@code reverse} or {@code custom}, as written; empty when not given (reverse)
 * @param customOrder       with {@code custom}: the step ids to compensate, in order
 * @param extra             keys under {@code saga:} the tool does not know, in order
 */
public record Saga(String name, String triggerEvent, String description, List<SagaStep> steps, String compensationOrder,
        List<String> customOrder, FailureHandling failureHandling, StatePersistence statePersistence,
        Idempotency idempotency, Map<String, Object> extra) implements Definition {
    public Saga {
        Objects.requireNonNull(name, "name");
        triggerEvent = triggerEvent == null ? "" : triggerEvent;
        description = description == null ? "" : description;
        steps = List.copyOf(steps);
        compensationOrder = compensationOrder == null ? "" : compensationOrder;
        customOrder = List.copyOf(customOrder);
        failureHandling = failureHandling == null ? FailureHandling.NONE : failureHandling;
        statePersistence = statePersistence == null ? StatePersistence.NONE : statePersistence;
        idempotency = idempotency == null ? Idempotency.NONE : idempotency;
        extra = OrderedMaps.copyOf(extra);
    }

    @Override
    public DefinitionKind kind() {
        return DefinitionKind.SAGA;
    }

    @Override
    public String title() {
        return name;
    }

    public Optional<SagaStep> step(String id) {
        return steps.stream().filter(step -> step.id().equals(id)).findFirst();
    }

    /** The index of the step with {@code id}, or -1. */
    public int indexOf(String id) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public boolean isCustomOrder() {
        return compensationOrder.strip().equalsIgnoreCase("custom");
    }

    @Override
    public Saga renamed(StickyKind kind, String oldName, String newName) {
        String key = SagaNames.key(oldName);
        if (kind == StickyKind.EVENT) {
            return SagaNames.key(triggerEvent).equals(key) ? withTriggerEvent(SagaNames.restyled(triggerEvent, newName)) : this;
        }
        if (kind != StickyKind.COMMAND) {
            return this;
        }
        List<SagaStep> renamed = steps.stream().map(step -> {
            SagaStep result = step;
            if (SagaNames.key(step.command()).equals(key)) {
                result = result.withCommand(SagaNames.restyled(step.command(), newName));
            }
            if (step.hasCompensation() && SagaNames.key(step.compensation()).equals(key)) {
                result = result.withCompensation(SagaNames.restyled(step.compensation(), newName));
            }
            return result;
        }).toList();
        return renamed.equals(steps) ? this : withSteps(renamed);
    }

    public Saga withSteps(List<SagaStep> newSteps) {
        return new Saga(name, triggerEvent, description, newSteps, compensationOrder, customOrder, failureHandling,
                statePersistence, idempotency, extra);
    }

    public Saga withTriggerEvent(String newTrigger) {
        return new Saga(name, newTrigger, description, steps, compensationOrder, customOrder, failureHandling,
                statePersistence, idempotency, extra);
    }
}
