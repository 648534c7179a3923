package sagas.runtime;

import java.util.List;

/** One of the feature spec's test scenarios for a saga, with what it expects; {@link Scenarios} plays it. */
public sealed interface Scenario {
    /** Every step succeeds: these calls are made (in this order when no steps run at once), each pair in {@code before} in that order. */
    record Completes(List<String> calls, List<List<String>> before) implements Scenario {
    }

    /**
     * {@code call} (step {@code step}) fails, or never answers when {@code timeout}: it is tried {@code attempts} times,
     * the run ends {@code expected}, these compensations are made and none of {@code notCalled}.
     */
    record Fails(String step, String call, boolean timeout, Status expected, int attempts, List<String> compensations,
            List<String> notCalled) implements Scenario {
    }

    /**
     * The same event again: the run that ended is its answer and no service is called. A different event (every key
     * changed) is a run of its own that calls every step again.
     */
    record Repeats() implements Scenario {
    }

    /** An event without the key fields that name its run: refused, and no service is called. */
    record Unkeyed() implements Scenario {
    }

    /** A run whose step {@code step} completed before it was interrupted: it is not sent again, {@code calls} others are. */
    record Resumes(String step, String call, int calls) implements Scenario {
    }

    /** A saga that is not idempotent: each event starts a run of its own. */
    record OwnRuns() implements Scenario {
    }
}
