package org.eventstorm.exporters.saga;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.exporters.code.Words;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaGraph;
import org.eventstorm.model.saga.SagaStep;
import org.eventstorm.model.saga.Timeouts;

/**
 * What the code generators need of a saga, worked out once for every language: the participating services with the
 * commands and compensations each receives, the steps with their timeouts, attempts and backoff, the waves they run
 * in, the compensation order and the failure handling. Names are kept as {@link Words}, unique where they must be, so
 * each language only has to spell them.
 *
 * @param compensationOrder with a custom order, the step indexes to compensate in that order; null for reverse order
 */
public record SagaPlan(Words name, String written, String source, String description, String triggerEvent, List<Service> services,
                       List<Step> steps, List<List<Integer>> waves, List<Integer> compensationOrder, boolean compensateOnTimeout,
                       boolean compensateOnError, int maxCompensationAttempts, boolean idempotent, List<String> keyFields) {

    /** What a step waits for its command when the saga names no timeout (the validator warns about it). */
    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;

    /** How the wait between attempts grows. */
    public enum Backoff { FIXED, LINEAR, EXPONENTIAL }

    /**
     * Names the generated code uses itself, in any of the three languages: a service named like one of them gets
     * "Service" added, so that its interface cannot clash with the orchestrator's own types and constants.
     */
    static final Set<String> RESERVED = Set.of("Step", "Steps", "StepId", "StepID", "Backoff", "Status", "StepStatus", "StepRequest",
            "StateStore", "InMemoryStateStore", "State", "Result", "Sleeper", "Settings", "Output", "StepDefinition", "SagaState",
            "SagaStateStore", "InMemorySagaStateStore", "SagaResult", "SagaSettings", "StepTimeout", "Services", "Saga", "Name", "New",
            "NewState", "SagaIdOf", "SagaIDOf", "DefaultSettings", "NewInMemoryStateStore", "Fixed", "Linear", "Exponential", "Running",
            "Completed", "Compensated", "Failed", "Pending", "Done", "StepFailed", "TimedOut", "Undone", "UndoFailed", "Object", "String",
            "Map", "List", "Duration", "Optional", "Promise", "Error", "Record", "Math", "Date", "Set", "Store", "Runner", "SagaRunner",
            "Definition", "SagaDefinition", "SagaEvent", "StepHandler", "Handler", "Recorder", "Scenario", "Scenarios", "Subject", "Commands",
            "Compensations");

    /** The runtime's own folders: a saga whose package would be one of them gets "saga" added. */
    private static final Set<String> RUNTIME_PACKAGES = Set.of("runtime", "sagaruntime");

    /** A command or compensation a service receives: one method on its interface. */
    public record Method(Words name, String written) {
    }

    public record Service(Words name, String written, List<Method> methods) {
    }

    /**
     * @param compensation null when the step has none
     */
    public record Step(String id, int service, Method command, Method compensation, long timeoutMillis, int maxAttempts,
                       Backoff backoff, List<Integer> dependsOn) {
        public boolean compensable() {
            return compensation != null;
        }
    }

    /**
     * The plan of {@code saga}, read from {@code id}.
     *
     * @throws IllegalArgumentException when the steps depend on each other in a circle (no order to run them in)
     */
    public static SagaPlan of(Saga saga, DefinitionId id) {
        SagaGraph graph = new SagaGraph(saga);
        Optional<List<String>> cycle = graph.cycle();
        if (cycle.isPresent()) {
            throw new IllegalArgumentException(id + ": the steps " + String.join(" -> ", cycle.get())
                    + " depend on each other in a circle, so there is no order to run them in; fix depends_on, then export again");
        }
        Map<String, Integer> serviceIndex = new LinkedHashMap<>();
        List<Words> serviceNames = new ArrayList<>();
        List<String> serviceWritten = new ArrayList<>();
        List<Map<String, Method>> methods = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Map<String, Integer> stepIndex = new HashMap<>();
        for (SagaStep step : saga.steps()) {
            if (stepIndex.containsKey(step.id())) {
                throw new IllegalArgumentException(id + ": two steps have the id '" + step.id() + "'; give each step an id of its own");
            }
            stepIndex.put(step.id(), stepIndex.size());
        }
        for (SagaStep step : saga.steps()) {
            String service = step.service().isBlank() ? "saga service" : step.service().strip();
            Integer index = serviceIndex.get(service);
            if (index == null) {
                index = serviceNames.size();
                serviceIndex.put(service, index);
                Words words = Words.of(service).orElse("service", "service");
                if (RESERVED.contains(words.pascal()) || words.pascal().equalsIgnoreCase(Words.of(saga.name()).orElse("saga", "saga").pascal())) {
                    words = new Words(java.util.stream.Stream.concat(words.words().stream(), java.util.stream.Stream.of("Service")).toList());
                }
                serviceNames.add(unique(words, serviceNames));
                serviceWritten.add(service);
                methods.add(new LinkedHashMap<>());
            }
            Method command = method(methods.get(index), step.command().isBlank() ? "run " + step.id() : step.command());
            Method compensation = step.hasCompensation() ? method(methods.get(index), step.compensation()) : null;
            List<Integer> dependsOn = step.dependsOn().stream().filter(stepIndex::containsKey).map(stepIndex::get).toList();
            steps.add(new Step(step.id(), index, command, compensation,
                    Timeouts.parse(step.timeout()).map(duration -> duration.toMillis()).orElse(DEFAULT_TIMEOUT_MILLIS),
                    Math.max(1, step.retry().maxAttempts()), backoff(step.retry().backoff()), dependsOn));
        }
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < serviceNames.size(); i++) {
            services.add(new Service(serviceNames.get(i), serviceWritten.get(i), List.copyOf(methods.get(i).values())));
        }
        List<List<Integer>> waves = graph.waves().stream().map(wave -> wave.stream().map(step -> stepIndex.get(step.id())).toList()).toList();
        List<Integer> custom = saga.isCustomOrder() && !saga.customOrder().isEmpty()
                ? saga.customOrder().stream().filter(stepIndex::containsKey).map(stepIndex::get).toList() : null;
        List<String> keys = saga.idempotency().keyFields().stream().filter(key -> !key.equals("sagaId")).toList();
        return new SagaPlan(Words.of(saga.name()).orElse("saga", "saga"), saga.name(), id.path(), saga.description(), saga.triggerEvent(),
                services, steps, waves, custom, !isFail(saga.failureHandling().onTimeout()), !isFail(saga.failureHandling().onError()),
                Math.max(1, saga.failureHandling().maxCompensationAttempts()), saga.idempotency().isOn(), keys);
    }

    /** The saga's name as one lower-case word, for a package or a folder; never the runtime's. */
    public String packageWord() {
        return RUNTIME_PACKAGES.contains(name.lower()) ? name.lower() + "saga" : name.lower();
    }

    /** The event fields that name a run: the key fields, or the event's id when there are none or the saga is not idempotent. */
    public List<String> runKeys() {
        return idempotent && !keyFields.isEmpty() ? keyFields : List.of("id");
    }

    public Service serviceOf(Step step) {
        return services.get(step.service());
    }

    /** The step indexes in the order they run: wave after wave. */
    public List<Integer> runOrder() {
        return waves.stream().flatMap(List::stream).toList();
    }

    private static Method method(Map<String, Method> methods, String written) {
        Method existing = methods.get(written.strip());
        if (existing != null) {
            return existing;
        }
        Words name = Words.of(written).orElse("command", "do");
        List<Words> taken = methods.values().stream().map(Method::name).toList();
        Method method = new Method(unique(name, taken), written.strip());
        methods.put(written.strip(), method);
        return method;
    }

    private static Words unique(Words name, List<Words> taken) {
        Set<String> keys = new HashSet<>();
        taken.forEach(words -> keys.add(words.lower()));
        Words candidate = name;
        for (int n = 2; keys.contains(candidate.lower()); n++) {
            candidate = name.numbered(n);
        }
        return candidate;
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
