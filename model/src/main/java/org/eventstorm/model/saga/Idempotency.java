package org.eventstorm.model.saga;

import java.util.List;
import java.util.Map;
import org.eventstorm.model.sticky.OrderedMaps;

/**
 * Whether a saga run is recognised when its trigger arrives again, and by which fields of the trigger event.
 *
 * @param enabled null when not written
 */
public record Idempotency(Boolean enabled, List<String> keyFields, Map<String, Object> extra) {
    public static final Idempotency NONE = new Idempotency(null, List.of(), Map.of());

    public Idempotency {
        keyFields = List.copyOf(keyFields);
        extra = OrderedMaps.copyOf(extra);
    }

    public boolean isOn() {
        return Boolean.TRUE.equals(enabled);
    }

    public boolean isEmpty() {
        return enabled == null && keyFields.isEmpty() && extra.isEmpty();
    }
}
