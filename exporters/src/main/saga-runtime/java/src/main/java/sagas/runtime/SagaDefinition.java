package sagas.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A saga as its definition declares it: the steps, the waves they run in (the steps of a wave at once), the order of
 * compensation and what a failure does.
 *
 * @param compensationOrder the step ids to compensate, in that order; null to compensate in reverse order of completion
 * @param keyFields         the event fields that name a run when the saga is idempotent (none: the event's "id")
 */
public record SagaDefinition(String name, List<StepDefinition> steps, List<List<String>> waves, List<String> compensationOrder,
        boolean compensateOnTimeout, boolean compensateOnError, int maxCompensationAttempts, boolean idempotent,
        List<String> keyFields) {
    public SagaDefinition {
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
        waves = waves.stream().map(List::copyOf).toList();
        compensationOrder = compensationOrder == null ? null : List.copyOf(compensationOrder);
        keyFields = keyFields.isEmpty() ? List.of("id") : List.copyOf(keyFields);
        Set<String> ids = new HashSet<>();
        for (StepDefinition step : steps) {
            if (!ids.add(step.id())) {
                throw new IllegalArgumentException(name + ": two steps have the id " + step.id());
            }
        }
        for (List<String> wave : waves) {
            for (String id : wave) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException(name + ": a wave names the step " + id + ", which the saga does not have");
                }
            }
        }
        if (maxCompensationAttempts < 1) {
            throw new IllegalArgumentException(name + ": maxCompensationAttempts must be at least 1");
        }
    }

    /** The step with this id. */
    public StepDefinition step(String id) {
        for (StepDefinition step : steps) {
            if (step.id().equals(id)) {
                return step;
            }
        }
        throw new IllegalArgumentException(name + " has no step " + id);
    }

    public List<String> stepIds() {
        return steps.stream().map(StepDefinition::id).toList();
    }

    /**
     * The run an event belongs to. An idempotent saga names it by the saga and the key fields' values,
     * {@code name:value1:value2}, so the same event always finds the same run; an event without one of those fields is
     * refused rather than sharing a run with every other such event. A saga that is not idempotent gives every event a
     * run of its own, {@code name:<random UUID>}.
     *
     * @throws IllegalArgumentException when an idempotent saga's event lacks a key field
     */
    public String sagaIdOf(Map<String, Object> event) {
        if (!idempotent) {
            return name + ":" + UUID.randomUUID();
        }
        List<String> parts = new ArrayList<>(List.of(name));
        for (String key : keyFields) {
            Object value = event.get(key);
            if (value == null) {
                throw new IllegalArgumentException("the event has no " + key + ": " + name + " runs once per " + String.join(", ", keyFields)
                        + ", so its trigger event must carry it");
            }
            parts.add(String.valueOf(value));
        }
        return String.join(":", parts);
    }
}
