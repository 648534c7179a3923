package org.eventstorm.model.saga;

import java.util.Map;
import org.eventstorm.model.sticky.OrderedMaps;

/**
 * What a saga does when a step fails or times out ({@code compensate} or {@code fail}, as written), and how often it
 * tries each compensation.
 *
 * @param maxCompensationAttempts zero when not given
 */
public record FailureHandling(String onTimeout, String onError, int maxCompensationAttempts, Map<String, Object> extra) {
    public static final FailureHandling NONE = new FailureHandling("", "", 0, Map.of());

    public FailureHandling {
        onTimeout = onTimeout == null ? "" : onTimeout;
        onError = onError == null ? "" : onError;
        if (maxCompensationAttempts < 0) {
            throw new IllegalArgumentException("max_compensation_attempts cannot be negative");
        }
        extra = OrderedMaps.copyOf(extra);
    }

    public boolean isEmpty() {
        return onTimeout.isEmpty() && onError.isEmpty() && maxCompensationAttempts == 0 && extra.isEmpty();
    }
}
