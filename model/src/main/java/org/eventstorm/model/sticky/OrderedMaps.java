package org.eventstorm.model.sticky;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unmodifiable copies of maps that keep the order the keys were written in. */
public final class OrderedMaps {
    private OrderedMaps() {
    }

    public static Map<String, Object> copyOf(Map<String, Object> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
