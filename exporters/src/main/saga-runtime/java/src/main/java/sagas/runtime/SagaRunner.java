package sagas.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a saga: wave after wave, the steps of a wave at once, each attempt of a step within its timeout and retried with
 * its backoff; when a step gives up, the completed steps are compensated in the declared order (or the run stops, as
 * the failure handling says). Every change of a run is saved to the state store, so a run that was interrupted resumes
 * without repeating its completed steps and a run that has ended is not run again.
 */
public final class SagaRunner {
    private final SagaDefinition definition;
    private final Map<String, StepHandler> commands;
    private final Map<String, StepHandler> compensations;
    private final StateStore store;
    private final Settings settings;
    private final ExecutorService executor;

    /**
     * @param commands      each step's command, by step id
     * @param compensations each compensable step's compensation, by step id
     */
    public SagaRunner(SagaDefinition definition, Map<String, StepHandler> commands, Map<String, StepHandler> compensations, StateStore store,
            Settings settings) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.commands = Map.copyOf(commands);
        this.compensations = Map.copyOf(compensations);
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        for (StepDefinition step : definition.steps()) {
            if (!this.commands.containsKey(step.id()) || step.compensable() && !this.compensations.containsKey(step.id())) {
                throw new IllegalArgumentException(definition.name() + ": no handler for step " + step.id());
            }
        }
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, definition.name());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the saga for its trigger event; a run that has ended is not run again, an interrupted one resumes. */
    public Result execute(Map<String, Object> event) {
        Objects.requireNonNull(event, "event");
        String sagaId = definition.sagaIdOf(event);
        SagaState state = store.load(sagaId).orElseGet(() -> new SagaState(sagaId, definition.stepIds()));
        if (state.status() != Status.RUNNING) {
            return state.result();
        }
        store.save(state);
        for (List<String> wave : definition.waves()) {
            List<StepDefinition> pending = wave.stream().filter(id -> state.status(id) != StepStatus.COMPLETED).map(definition::step).toList();
            StepDefinition failed = runWave(pending, event, state);
            if (failed != null) {
                boolean timedOut = state.status(failed.id()) == StepStatus.TIMED_OUT;
                if (timedOut ? definition.compensateOnTimeout() : definition.compensateOnError()) {
                    compensate(event, state);
                } else {
                    state.finish(Status.FAILED);
                }
                store.save(state);
                return state.result();
            }
        }
        state.finish(Status.COMPLETED);
        store.save(state);
        return state.result();
    }

    /** Runs the steps of one wave, at once when there are several; returns the first that gave up, or null. */
    private StepDefinition runWave(List<StepDefinition> wave, Map<String, Object> event, SagaState state) {
        if (wave.size() == 1) {
            return runStep(wave.get(0), event, state) ? null : wave.get(0);
        }
        List<Future<Boolean>> running = new ArrayList<>();
        for (StepDefinition step : wave) {
            running.add(executor.submit(() -> runStep(step, event, state)));
        }
        StepDefinition failed = null;
        for (int i = 0; i < wave.size(); i++) {
            boolean done;
            try {
                done = running.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            } catch (ExecutionException e) {
                state.mark(wave.get(i).id(), StepStatus.FAILED, wave.get(i).id() + " failed: " + messageOf(e.getCause()));
                done = false;
            }
            if (!done && failed == null) {
                failed = wave.get(i);
            }
        }
        return failed;
    }

    /** Tries a step up to its attempts, waiting longer each time as its backoff says; true when it completed. */
    private boolean runStep(StepDefinition step, Map<String, Object> event, SagaState state) {
        for (int attempt = 1;; attempt++) {
            String of = " (attempt " + attempt + " of " + step.maxAttempts() + ")";
            try {
                state.complete(step.id(), call(step, commands.get(step.id()), request(state, step, "", event)));
                store.save(state);
                return true;
            } catch (TimeoutException e) {
                state.mark(step.id(), StepStatus.TIMED_OUT, step.id() + " timed out after " + settings.timeouts().apply(step).toMillis() + " ms" + of);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                state.mark(step.id(), StepStatus.FAILED, step.id() + " was interrupted" + of);
                return false;
            } catch (Exception e) {
                state.mark(step.id(), StepStatus.FAILED, step.id() + " failed: " + messageOf(e) + of);
            }
            store.save(state);
            if (attempt >= step.maxAttempts() || !pause(step.backoff().delay(settings.backoffBase(), attempt))) {
                return false;
            }
        }
    }

    /** Undoes the completed steps in the declared order, each compensation tried up to the saga's attempts. */
    private void compensate(Map<String, Object> event, SagaState state) {
        List<String> done = state.completed();
        List<String> order = new ArrayList<>();
        if (definition.compensationOrder() == null) {
            for (int i = done.size() - 1; i >= 0; i--) {
                order.add(done.get(i));
            }
        } else {
            definition.compensationOrder().stream().filter(done::contains).forEach(order::add);
        }
        boolean undone = true;
        for (String id : order) {
            StepDefinition step = definition.step(id);
            if (!step.compensable()) {
                continue;
            }
            boolean compensated = false;
            for (int attempt = 1; attempt <= definition.maxCompensationAttempts() && !compensated; attempt++) {
                try {
                    call(step, compensations.get(id), request(state, step, ":compensation", event));
                    compensated = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (Exception e) {
                    state.error("compensation of " + id + " failed: " + messageOf(e) + " (attempt " + attempt + ")");
                    if (attempt < definition.maxCompensationAttempts() && !pause(step.backoff().delay(settings.backoffBase(), attempt))) {
                        break;
                    }
                }
            }
            state.mark(id, compensated ? StepStatus.COMPENSATED : StepStatus.COMPENSATION_FAILED, null);
            undone &= compensated;
            store.save(state);
        }
        state.finish(undone ? Status.COMPENSATED : Status.FAILED);
    }

    /** The idempotency key is the same every time this step (or its compensation) of this run is tried. */
    private static StepRequest request(SagaState state, StepDefinition step, String suffix, Map<String, Object> event) {
        return new StepRequest(state.sagaId(), step.id(), state.sagaId() + ":" + step.id() + suffix, event, state.outputs());
    }

    /** Sends a step's command (or its compensation) and waits at most the step's timeout for the answer. */
    private Map<String, Object> call(StepDefinition step, StepHandler handler, StepRequest request) throws Exception {
        Future<Map<String, Object>> answer = executor.submit(() -> handler.handle(request));
        try {
            Map<String, Object> output = answer.get(settings.timeouts().apply(step).toMillis(), TimeUnit.MILLISECONDS);
            return output == null ? Map.of() : output;
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits; false when the wait was interrupted. */
    private boolean pause(Duration duration) {
        try {
            settings.sleeper().sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String messageOf(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
