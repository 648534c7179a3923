package sagas.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * A step as the saga definition declares it.
 *
 * @param id          the step's id in the definition
 * @param timeout     how long one attempt may take
 * @param maxAttempts how often the step is tried before the saga gives up on it
 * @param backoff     how the wait between attempts grows
 * @param compensable whether the step has a compensation that undoes it
 */
public record StepDefinition(String id, Duration timeout, int maxAttempts, Backoff backoff, boolean compensable) {
    public StepDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(id + ": maxAttempts must be at least 1");
        }
    }
}
