package org.eventstorm.model.saga;

import java.util.Map;
import org.eventstorm.model.sticky.OrderedMaps;

/** Where a saga keeps its state: {@code backend} ({@code database}, {@code event-store}, {@code memory}) and table. */
public record StatePersistence(String backend, String table, Map<String, Object> extra) {
    public static final StatePersistence NONE = new StatePersistence("", "", Map.of());

    public StatePersistence {
        backend = backend == null ? "" : backend;
        table = table == null ? "" : table;
        extra = OrderedMaps.copyOf(extra);
    }

    public boolean isEmpty() {
        return backend.isEmpty() && table.isEmpty() && extra.isEmpty();
    }
}
