package org.eventstorm.model.sticky;

import java.util.Map;
import java.util.Optional;

/**
 * How a command is retried: {@code retry: {max_attempts: 3, backoff: exponential}} as in the saga DSL.
 *
 * @param maxAttempts zero when not given
 * @param backoff     {@code exponential}, {@code linear}, {@code fixed} ... as written, or empty
 * @param extra       keys the tool does not know, kept in order
 */
public record Retry(int maxAttempts, String backoff, Map<String, Object> extra) implements FieldValue {
    public static final Retry EMPTY = new Retry(0, "", Map.of());

    public Retry {
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("max_attempts cannot be negative: " + maxAttempts);
        }
        backoff = backoff == null ? "" : backoff;
        extra = OrderedMaps.copyOf(extra);
    }

    public static Retry of(int maxAttempts, String backoff) {
        return new Retry(maxAttempts, backoff, Map.of());
    }

    public Optional<Integer> attempts() {
        return maxAttempts == 0 ? Optional.empty() : Optional.of(maxAttempts);
    }

    @Override
    public boolean isEmpty() {
        return maxAttempts == 0 && backoff.isEmpty() && extra.isEmpty();
    }
}
