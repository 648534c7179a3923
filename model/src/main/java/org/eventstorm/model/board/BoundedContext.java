package org.eventstorm.model.board;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bounded context of the board: its name, the service that owns it, and its swimlane on the canvas.
 *
 * @param service  the owning service ("order-service"), or empty
 * @param swimlane the lane, or null when the context has none on the canvas
 * @param extra    keys the tool does not know, kept in order
 */
public record BoundedContext(String name, String service, Swimlane swimlane, Map<String, Object> extra) {
    public BoundedContext {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a bounded context needs a name");
        }
        service = service == null ? "" : service;
        extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public static BoundedContext of(String name, String service, Swimlane swimlane) {
        return new BoundedContext(name, service, swimlane, Map.of());
    }

    public Optional<Swimlane> lane() {
        return Optional.ofNullable(swimlane);
    }
}
