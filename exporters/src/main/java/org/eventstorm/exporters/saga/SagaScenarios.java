package org.eventstorm.exporters.saga;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventstorm.model.saga.SagaPlan;

/**
 * The feature spec's test scenarios of a saga, worked out once for every language: every step succeeds; each step
 * fails, and each times out, with the compensations that must follow; a repeated event; an event without its key; an interrupted run. Each
 * language's generated test only lists them; its runtime's scenario player checks them. Calls are named
 * {@code service/command} as the saga definition writes both.
 *
 * @param event         the scenarios' trigger event: a value for each field that names a run
 * @param ordered       true when no two steps run at once, so the order of the calls is fixed
 * @param compensations every compensation call the saga can make
 */
public record SagaScenarios(Map<String, String> event, boolean ordered, List<String> compensations, List<Scenario> scenarios) {

    /** One scenario, with what it expects. */
    public sealed interface Scenario {
    }

    /** Every step succeeds: these calls are made, each pair of {@code before} in that order. */
    public record Completes(List<String> calls, List<List<String>> before) implements Scenario {
    }

    /**
     * {@code call} of step {@code step} fails, or never answers when {@code timeout}: it is tried {@code attempts} times,
     * the run ends compensated (or failed), these compensations are made and none of {@code notCalled}.
     */
    public record Fails(String step, String call, boolean timeout, boolean compensated, int attempts, List<String> compensations,
            List<String> notCalled) implements Scenario {
    }

    /** The same event again: no service is called. */
    public record Repeats() implements Scenario {
    }

    /** An event without the key fields that name its run is refused, not run. */
    public record Unkeyed() implements Scenario {
    }

    /** The first step completed before the run was interrupted: it is not sent again, {@code calls} others are. */
    public record Resumes(String step, String call, int calls) implements Scenario {
    }

    /** A saga that is not idempotent gives each event a run of its own. */
    public record OwnRuns() implements Scenario {
    }

    public static SagaScenarios of(SagaPlan plan) {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> runCalls = plan.runOrder().stream().map(index -> call(plan, plan.steps().get(index))).toList();
        List<List<String>> before = new ArrayList<>();
        for (SagaPlan.Step step : plan.steps()) {
            for (int dependency : step.dependsOn()) {
                before.add(List.of(call(plan, plan.steps().get(dependency)), call(plan, step)));
            }
        }
        scenarios.add(new Completes(runCalls, before));
        for (int wave = 0; wave < plan.waves().size(); wave++) {
            for (int index : plan.waves().get(wave)) {
                scenarios.add(failure(plan, plan.steps().get(index), wave, false));
                scenarios.add(failure(plan, plan.steps().get(index), wave, true));
            }
        }
        if (!plan.idempotent()) {
            scenarios.add(new OwnRuns());
        } else {
            scenarios.add(new Repeats());
            scenarios.add(new Unkeyed());
            if (!plan.steps().isEmpty()) {
                SagaPlan.Step first = plan.steps().get(plan.runOrder().get(0));
                scenarios.add(new Resumes(first.id(), call(plan, first), runCalls.size() - 1));
            }
        }
        List<String> compensations = plan.steps().stream().filter(SagaPlan.Step::compensable).map(step -> compensationCall(plan, step)).distinct().toList();
        Map<String, String> event = new LinkedHashMap<>();
        for (String key : plan.runKeys()) {
            event.put(key, "value-" + (event.size() + 1));
        }
        return new SagaScenarios(event, plan.linear(), compensations, List.copyOf(scenarios));
    }

    /** {@code step} gives up in wave {@code wave}: the steps certain to have completed are undone in the declared order. */
    private static Fails failure(SagaPlan plan, SagaPlan.Step step, int wave, boolean timeout) {
        boolean compensates = timeout ? plan.compensateOnTimeout() : plan.compensateOnError();
        List<SagaPlan.Step> completed = new ArrayList<>();
        for (int earlier = 0; earlier <= wave; earlier++) {
            plan.waves().get(earlier).stream().map(plan.steps()::get).filter(candidate -> candidate != step).forEach(completed::add);
        }
        List<String> compensations = compensates ? plan.undoOrder(completed).stream().map(done -> compensationCall(plan, done)).toList() : List.of();
        List<String> notCalled = new ArrayList<>();
        for (int later = wave + 1; later < plan.waves().size(); later++) {
            plan.waves().get(later).forEach(index -> notCalled.add(call(plan, plan.steps().get(index))));
        }
        return new Fails(step.id(), call(plan, step), timeout, compensates, step.maxAttempts(), compensations, notCalled);
    }

    /** {@code service/command}, as the definition writes both. */
    static String call(SagaPlan plan, SagaPlan.Step step) {
        return call(plan.serviceOf(step), step.command());
    }

    static String compensationCall(SagaPlan plan, SagaPlan.Step step) {
        return call(plan.serviceOf(step), step.compensation());
    }

    static String call(SagaPlan.Service service, String method) {
        return service.name() + "/" + method;
    }
}
