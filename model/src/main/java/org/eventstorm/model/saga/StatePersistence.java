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

    /** The table the saga's state is kept in when none is named. */
    public static final String DEFAULT_TABLE = "saga_state";

    /** True when the saga's runs are kept in a SQL database ({@code backend: database}). */
    public boolean isDatabase() {
        return backend.strip().equals("database");
    }

    /** The table a SQL store keeps the runs in: the one named, or {@value #DEFAULT_TABLE}. */
    public String sqlTable() {
        return table.isBlank() ? DEFAULT_TABLE : table.strip();
    }

    public boolean isEmpty() {
        return backend.isEmpty() && table.isEmpty() && extra.isEmpty();
    }
}
