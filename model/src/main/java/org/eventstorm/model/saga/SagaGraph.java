package org.eventstorm.model.saga;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order a saga's steps run in, from {@code depends_on}: waves of steps whose dependencies are all done (the steps
 * of one wave may run at once), and the compensations that undo a run.
 */
public final class SagaGraph {
    private final Saga saga;
    private final Map<String, SagaStep> byId = new LinkedHashMap<>();

    public SagaGraph(Saga saga) {
        this.saga = saga;
        saga.steps().forEach(step -> byId.putIfAbsent(step.id(), step));
    }

    /**
     * The steps in waves: the first holds the steps that depend on nothing, each next one the steps whose dependencies
     * are in earlier waves. Dependencies on unknown steps are ignored; steps in a cycle are left out (see {@link #cycle()}).
     */
    public List<List<SagaStep>> waves() {
        List<List<SagaStep>> waves = new ArrayList<>();
        Set<String> done = new HashSet<>();
        List<SagaStep> left = new ArrayList<>(byId.values());
        while (!left.isEmpty()) {
            List<SagaStep> wave = new ArrayList<>();
            for (SagaStep step : left) {
                if (step.dependsOn().stream().allMatch(dependency -> done.contains(dependency) || !byId.containsKey(dependency))) {
                    wave.add(step);
                }
            }
            if (wave.isEmpty()) {
                break;
            }
            wave.forEach(step -> done.add(step.id()));
            left.removeAll(wave);
            waves.add(List.copyOf(wave));
        }
        return waves;
    }

    /** The steps in an order that respects every dependency (wave by wave). */
    public List<SagaStep> order() {
        return waves().stream().flatMap(List::stream).toList();
    }

    /** A dependency cycle, as the step ids around it with the first repeated at the end; empty when there is none. */
    public Optional<List<String>> cycle() {
        Map<String, Integer> state = new HashMap<>();
        for (String start : byId.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = visit(start, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String id, Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(id);
        if (seen != null && seen == 2) {
            return Optional.empty();
        }
        if (seen != null && seen == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            return Optional.of(cycle);
        }
        state.put(id, 1);
        path.add(id);
        for (String dependency : byId.get(id).dependsOn()) {
            if (byId.containsKey(dependency)) {
                Optional<List<String>> found = visit(dependency, state, path);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        return Optional.empty();
    }

    public Saga saga() {
        return saga;
    }
}
