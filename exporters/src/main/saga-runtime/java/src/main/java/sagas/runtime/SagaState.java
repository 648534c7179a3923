package sagas.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One run of a saga: its status, each step's status and output, the steps completed in order, the errors. */
public final class SagaState {
    private final String sagaId;
    private Status status = Status.RUNNING;
    private final Map<String, StepStatus> steps = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> outputs = new LinkedHashMap<>();
    private final List<String> completed = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    /** A fresh run: every step pending. */
    public SagaState(String sagaId, List<String> stepIds) {
        this.sagaId = Objects.requireNonNull(sagaId, "sagaId");
        for (String step : stepIds) {
            steps.put(step, StepStatus.PENDING);
        }
    }

    /** A run as a store kept it. */
    static SagaState restore(String sagaId, Status status, Map<String, StepStatus> steps, Map<String, Map<String, Object>> outputs,
            List<String> completed, List<String> errors) {
        SagaState state = new SagaState(sagaId, List.of());
        state.status = Objects.requireNonNull(status, "status");
        state.steps.putAll(steps);
        outputs.forEach((step, output) -> state.outputs.put(step, copyOf(output)));
        state.completed.addAll(completed);
        state.errors.addAll(errors);
        return state;
    }

    /** An output as it was, null values included (a service may answer JSON's null). */
    private static Map<String, Object> copyOf(Map<String, Object> output) {
        return output == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(output));
    }

    public String sagaId() {
        return sagaId;
    }

    public synchronized Status status() {
        return status;
    }

    public synchronized StepStatus status(String step) {
        return steps.get(step);
    }

    /** Each step's status, in the order of the steps. */
    public synchronized Map<String, StepStatus> steps() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    public synchronized List<String> completed() {
        return List.copyOf(completed);
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public synchronized Map<String, Map<String, Object>> outputs() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    /** Records that {@code step} completed with {@code output}; a store that resumes a run restores its steps this way. */
    public synchronized SagaState complete(String step, Map<String, Object> output) {
        steps.put(step, StepStatus.COMPLETED);
        outputs.put(step, copyOf(output));
        completed.add(step);
        return this;
    }

    synchronized void mark(String step, StepStatus stepStatus, String error) {
        steps.put(step, stepStatus);
        if (error != null) {
            errors.add(error);
        }
    }

    synchronized void error(String error) {
        errors.add(error);
    }

    synchronized void finish(Status end) {
        status = end;
    }

    public synchronized Result result() {
        return new Result(sagaId, status, errors);
    }

    public synchronized SagaState copy() {
        SagaState copy = new SagaState(sagaId, List.of());
        copy.status = status;
        copy.steps.putAll(steps);
        copy.outputs.putAll(outputs);
        copy.completed.addAll(completed);
        copy.errors.addAll(errors);
        return copy;
    }
}
