package sagas.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Plays a saga's test scenarios against the saga wired to fake services: the generated test says what each scenario
 * expects, this class checks it the same way for every saga.
 *
 * @param ordered       true when no two steps run at once, so the order of the calls is fixed
 * @param compensations every compensation call the saga can make
 * @param where         where the runs are kept, as the tests' names say it ("" for in memory)
 * @param stores        a fresh state store for each scenario
 */
public record Scenarios(SagaDefinition definition, Map<String, Object> event, Factory factory, boolean ordered, List<String> compensations,
        String where, Supplier<StateStore> stores) {
    /** The saga under test, its services played by {@code recorder} and its runs kept in {@code store}. */
    @FunctionalInterface
    public interface Factory {
        Saga saga(Recorder recorder, StateStore store);
    }

    /** A saga's run: what the generated saga class's execute does. */
    @FunctionalInterface
    public interface Saga {
        Result execute(Map<String, Object> event);
    }

    public Scenarios {
        Objects.requireNonNull(definition, "definition");
        event = Map.copyOf(event);
        compensations = List.copyOf(compensations);
        Objects.requireNonNull(stores, "stores");
    }

    /** The scenarios with the runs kept in memory. */
    public Scenarios(SagaDefinition definition, Map<String, Object> event, Factory factory, boolean ordered, List<String> compensations) {
        this(definition, event, factory, ordered, compensations, "", InMemoryStateStore::new);
    }

    /** The same scenarios with the runs kept in the stores {@code stores} makes, {@code where} names. */
    public Scenarios keptIn(String where, Supplier<StateStore> stores) {
        return new Scenarios(definition, event, factory, ordered, compensations, where, stores);
    }

    /** One JUnit test per scenario. */
    public Stream<DynamicTest> tests(Scenario... scenarios) {
        return Stream.of(scenarios).map(scenario -> DynamicTest.dynamicTest((where.isEmpty() ? "" : where + ": ") + nameOf(scenario), () -> play(scenario)));
    }

    static String nameOf(Scenario scenario) {
        if (scenario instanceof Scenario.Completes) {
            return "completes when every step succeeds";
        }
        if (scenario instanceof Scenario.Fails fails) {
            return fails.timeout() ? "handles a timeout in " + fails.step()
                    : (fails.expected() == Status.COMPENSATED ? "compensates after a failure of " : "stops after a failure of ") + fails.step();
        }
        if (scenario instanceof Scenario.Repeats) {
            return "a repeated event does not run the saga again, a different one does";
        }
        if (scenario instanceof Scenario.Unkeyed) {
            return "an event without its key fields is refused";
        }
        if (scenario instanceof Scenario.Resumes) {
            return "an interrupted run resumes without repeating its completed steps";
        }
        return "each event starts a run of its own";
    }

    private void play(Scenario scenario) {
        if (scenario instanceof Scenario.Completes completes) {
            completes(completes);
        } else if (scenario instanceof Scenario.Fails fails) {
            fails(fails);
        } else if (scenario instanceof Scenario.Repeats) {
            repeats();
        } else if (scenario instanceof Scenario.Unkeyed) {
            unkeyed();
        } else if (scenario instanceof Scenario.Resumes resumes) {
            resumes(resumes);
        } else {
            assertNotEquals(definition.sagaIdOf(event), definition.sagaIdOf(event), "the saga is not idempotent");
        }
    }

    private void completes(Scenario.Completes expected) {
        Recorder recorder = new Recorder();
        Result result = factory.saga(recorder, stores.get()).execute(event);
        assertEquals(Status.COMPLETED, result.status(), result.errors().toString());
        assertEquals(inOrder(expected.calls()), inOrder(recorder.calls()));
        for (List<String> pair : expected.before()) {
            assertTrue(recorder.calls().indexOf(pair.get(0)) < recorder.calls().indexOf(pair.get(1)),
                    pair.get(1) + " runs after " + pair.get(0) + ", the step it depends on");
        }
    }

    private void fails(Scenario.Fails expected) {
        Recorder recorder = new Recorder();
        (expected.timeout() ? recorder.hanging : recorder.failing).add(expected.call());
        Result result = factory.saga(recorder, stores.get()).execute(event);
        assertEquals(expected.expected(), result.status(), result.errors().toString());
        assertEquals(expected.attempts(), Collections.frequency(recorder.calls(), expected.call()), "tried as often as its retry allows");
        if (expected.timeout()) {
            assertTrue(result.errors().stream().anyMatch(error -> error.contains("timed out")), result.errors().toString());
        }
        List<String> made = recorder.calls().stream().filter(compensations::contains).toList();
        assertEquals(inOrder(expected.compensations()), inOrder(made), "the completed steps are undone in the declared order");
        for (String later : expected.notCalled()) {
            assertFalse(recorder.calls().contains(later), later + ": no later step runs");
        }
    }

    private void repeats() {
        Recorder recorder = new Recorder();
        Saga saga = factory.saga(recorder, stores.get());
        Result first = saga.execute(event);
        int calls = recorder.calls().size();
        assertEquals(first, saga.execute(event));
        assertEquals(calls, recorder.calls().size(), "no service is called again");
        Map<String, Object> other = new LinkedHashMap<>();
        event.forEach((key, value) -> other.put(key, value + "-other"));
        Result second = saga.execute(other);
        assertEquals(Status.COMPLETED, second.status(), second.errors().toString());
        assertNotEquals(first.sagaId(), second.sagaId(), "a different event is a run of its own");
        assertEquals(2 * calls, recorder.calls().size(), "a different event runs every step again");
    }

    private void unkeyed() {
        Recorder recorder = new Recorder();
        Saga saga = factory.saga(recorder, stores.get());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> saga.execute(Map.of()));
        assertTrue(refused.getMessage().startsWith("the event has no " + definition.keyFields().get(0)), refused.getMessage());
        assertEquals(List.of(), recorder.calls(), "no service is called");
    }

    private void resumes(Scenario.Resumes expected) {
        Recorder recorder = new Recorder();
        StateStore store = stores.get();
        store.save(new SagaState(definition.sagaIdOf(event), definition.stepIds()).complete(expected.step(), Map.of("by", "an earlier run")));
        Result result = factory.saga(recorder, store).execute(event);
        assertEquals(Status.COMPLETED, result.status(), result.errors().toString());
        assertFalse(recorder.calls().contains(expected.call()), "the completed step is not sent again");
        assertEquals(expected.calls(), recorder.calls().size());
    }

    /** The calls as they must match: in order when the order is fixed, otherwise sorted. */
    private List<String> inOrder(List<String> calls) {
        return ordered ? calls : calls.stream().sorted().toList();
    }
}
