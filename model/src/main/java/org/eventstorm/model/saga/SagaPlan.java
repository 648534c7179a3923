package org.eventstorm.model.saga;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.definition.DefinitionId;

/**
 * A saga as it runs, worked out once from its definition for everything that shows or runs it (the saga panel, the
 * state machine, the code in each language): the participating services with the commands and compensations each
 * receives, the steps with their timeouts, attempts and backoff, the waves they run in, the compensation order and
 * the failure handling. Names are as the definition writes them.
 *
 * @param source            the definition's path in the board folder
 * @param compensationOrder with a custom order, the step indexes to compensate in that order; null for reverse order
 * @param keyFields         the event fields that name a run of an idempotent saga (without {@code sagaId})
 * @param sqlTable          the table a SQL state store keeps the runs in, when {@code state_persistence} asks for a
 *                          database; null otherwise
 */
public record SagaPlan(String name, String source, String description, String triggerEvent, List<Service> services, List<Step> steps,
        List<List<Integer>> waves, List<Integer> compensationOrder, boolean compensateOnTimeout, boolean compensateOnError,
        int maxCompensationAttempts, boolean idempotent, List<String> keyFields, String sqlTable) {

    /** What a step waits for its command when the saga names no timeout (the validator warns about it). */
    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;

    /** How the wait between attempts grows. */
    public enum Backoff { FIXED, LINEAR, EXPONENTIAL }

    /** A participating service: its name, and each command and compensation it receives, once, in the order steps name them. */
    public record Service(String name, List<String> methods) {
        public Service {
            methods = List.copyOf(methods);
        }
    }

    /**
     * @param service      the index of its service in {@link #services()}
     * @param compensation null when the step has none
     * @param dependsOn    the indexes of the steps it waits for
     */
    public record Step(String id, int service, String command, String compensation, long timeoutMillis, int maxAttempts, Backoff backoff,
            List<Integer> dependsOn) {
        public boolean compensable() {
            return compensation != null;
        }
    }

    /**
     * The plan of {@code saga}, read from {@code id}.
     *
     * @throws IllegalArgumentException when two steps share an id, or the steps depend on each other in a circle (no
     *                                  order to run them in)
     */
    public static SagaPlan of(Saga saga, DefinitionId id) {
        SagaGraph graph = new SagaGraph(saga);
        Optional<List<String>> cycle = graph.cycle();
        if (cycle.isPresent()) {
            throw new IllegalArgumentException(id + ": the steps " + String.join(" -> ", cycle.get())
                    + " depend on each other in a circle, so there is no order to run them in; fix depends_on, then export again");
        }
        Map<String, Integer> stepIndex = new HashMap<>();
        for (SagaStep step : saga.steps()) {
            if (stepIndex.putIfAbsent(step.id(), stepIndex.size()) != null) {
                throw new IllegalArgumentException(id + ": two steps have the id '" + step.id() + "'; give each step an id of its own");
            }
        }
        Map<String, Set<String>> services = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        for (SagaStep step : saga.steps()) {
            String service = step.service().isBlank() ? "saga service" : step.service().strip();
            Set<String> methods = services.computeIfAbsent(service, name -> new LinkedHashSet<>());
            String command = step.command().isBlank() ? "run " + step.id() : step.command().strip();
            String compensation = step.hasCompensation() ? step.compensation().strip() : null;
            methods.add(command);
            if (compensation != null) {
                methods.add(compensation);
            }
            List<Integer> dependsOn = step.dependsOn().stream().filter(stepIndex::containsKey).map(stepIndex::get).toList();
            steps.add(new Step(step.id(), new ArrayList<>(services.keySet()).indexOf(service), command, compensation,
                    Timeouts.parse(step.timeout()).map(duration -> duration.toMillis()).orElse(DEFAULT_TIMEOUT_MILLIS),
                    Math.max(1, step.retry().maxAttempts()), backoff(step.retry().backoff()), dependsOn));
        }
        List<List<Integer>> waves = graph.waves().stream().map(wave -> wave.stream().map(step -> stepIndex.get(step.id())).toList()).toList();
        List<Integer> custom = saga.isCustomOrder() && !saga.customOrder().isEmpty()
                ? saga.customOrder().stream().filter(stepIndex::containsKey).map(stepIndex::get).toList() : null;
        String table = saga.statePersistence().isDatabase() ? saga.statePersistence().sqlTable() : null;
        List<String> keys = saga.idempotency().keyFields().stream().filter(key -> !key.equals("sagaId")).toList();
        return new SagaPlan(saga.name(), id.path(), saga.description(), saga.triggerEvent(),
                services.entrySet().stream().map(entry -> new Service(entry.getKey(), List.copyOf(entry.getValue()))).toList(), steps, waves, custom,
                !isFail(saga.failureHandling().onTimeout()), !isFail(saga.failureHandling().onError()),
                Math.max(1, saga.failureHandling().maxCompensationAttempts()), saga.idempotency().isOn(), keys, table);
    }

    public Service serviceOf(Step step) {
        return services.get(step.service());
    }

    /** The step indexes in the order they run: wave after wave. */
    public List<Integer> runOrder() {
        return waves.stream().flatMap(List::stream).toList();
    }

    /** The event fields that name a run: the key fields, or the event's id when there are none or the saga is not idempotent. */
    public List<String> runKeys() {
        return idempotent && !keyFields.isEmpty() ? keyFields : List.of("id");
    }

    /** True when no two steps run at once, so the order of the calls is fixed. */
    public boolean linear() {
        return waves.stream().allMatch(wave -> wave.size() == 1);
    }

    /**
     * What a failure undoes once the steps of {@code completed} have run: those with a compensation, in reverse order
     * of running ({@code completed} in the order they ran) or in the custom order, which leaves out the steps it does
     * not name.
     */
    public List<Step> undoOrder(Collection<Step> completed) {
        List<Step> order = new ArrayList<>();
        if (compensationOrder == null) {
            completed.forEach(step -> order.add(0, step));
        } else {
            compensationOrder.stream().map(steps::get).filter(completed::contains).forEach(order::add);
        }
        order.removeIf(step -> !step.compensable());
        return order;
    }

    private static Backoff backoff(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "exponential" -> Backoff.EXPONENTIAL;
            case "linear" -> Backoff.LINEAR;
            default -> Backoff.FIXED;
        };
    }

    private static boolean isFail(String word) {
        String action = word.strip().toLowerCase(Locale.ROOT);
        return action.equals("fail") || action.equals("abort") || action.equals("stop");
    }
}
