package org.eventstorm.model.sticky;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a domain event ({@code v1}, {@code v2} ...), with its lifecycle and payload schema.
 *
 * @param status     {@code current}, {@code beta}, {@code deprecated} or {@code retired}, as written
 * @param sunsetDate ISO date after which a deprecated version may be removed, or empty
 * @param extra      keys the tool does not know, kept in order
 */
public record EventVersion(String version, String status, String sunsetDate, List<SchemaField> schema,
        Map<String, Object> extra) {
    public EventVersion {
        Objects.requireNonNull(version, "version");
        status = status == null ? "" : status;
        sunsetDate = sunsetDate == null ? "" : sunsetDate;
        schema = List.copyOf(schema);
        extra = OrderedMaps.copyOf(extra);
    }

    public static EventVersion of(String version, String status, List<SchemaField> schema) {
        return new EventVersion(version, status, "", schema, Map.of());
    }
}
