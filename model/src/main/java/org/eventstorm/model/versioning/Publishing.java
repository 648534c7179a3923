package org.eventstorm.model.versioning;

import java.util.List;
import java.util.Map;
import org.eventstorm.model.sticky.OrderedMaps;

/** How a parallel-versions producer publishes: {@code dual} (or {@code single}) to the target versions. */
public record Publishing(String mode, List<String> targets, Map<String, Object> extra) {
    public static final Publishing NONE = new Publishing("", List.of(), Map.of());

    public Publishing {
        mode = mode == null ? "" : mode;
        targets = List.copyOf(targets);
        extra = OrderedMaps.copyOf(extra);
    }

    public boolean isEmpty() {
        return mode.isEmpty() && targets.isEmpty() && extra.isEmpty();
    }
}
