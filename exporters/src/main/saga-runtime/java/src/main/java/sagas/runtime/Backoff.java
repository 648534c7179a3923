package sagas.runtime;

import java.time.Duration;

/** How the wait between attempts grows: the base once (fixed), times the attempt (linear) or doubling (exponential). */
public enum Backoff {
    FIXED, LINEAR, EXPONENTIAL;

    /** The wait after attempt {@code attempt} (1 for the first) failed. */
    public Duration delay(Duration base, int attempt) {
        return switch (this) {
            case FIXED -> base;
            case LINEAR -> base.multipliedBy(attempt);
            case EXPONENTIAL -> base.multipliedBy(1L << Math.min(attempt - 1, 20));
        };
    }
}
