package sagas.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * How long a step may take, the first wait between attempts, and how to wait: the defaults, or a test's.
 *
 * @param timeouts the time one attempt of a step may take; by default the step's declared timeout
 */
public record Settings(Sleeper sleeper, Duration backoffBase, Function<StepDefinition, Duration> timeouts) {
    /** How the saga waits between attempts; tests replace it so that they need not wait. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public Settings {
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(backoffBase, "backoffBase");
        Objects.requireNonNull(timeouts, "timeouts");
    }

    /** Waits for real, 200 ms at first, and gives each step its declared timeout. */
    public static Settings defaults() {
        return new Settings(duration -> Thread.sleep(duration.toMillis()), Duration.ofMillis(200), StepDefinition::timeout);
    }
}
