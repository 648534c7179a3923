package org.eventstorm.model.versioning;

import java.util.Map;
import java.util.Objects;
import org.eventstorm.model.sticky.OrderedMaps;

/** One version of a parallel-versions strategy: its own topic and schema file, its status and sunset date. */
public record VersionChannel(String version, String topic, String schema, String status, String sunsetDate, Map<String, Object> extra) {
    public VersionChannel {
        Objects.requireNonNull(version, "version");
        topic = topic == null ? "" : topic;
        schema = schema == null ? "" : schema;
        status = status == null ? "" : status;
        sunsetDate = sunsetDate == null ? "" : sunsetDate;
        extra = OrderedMaps.copyOf(extra);
    }
}
