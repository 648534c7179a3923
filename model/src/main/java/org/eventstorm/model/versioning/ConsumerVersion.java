package org.eventstorm.model.versioning;

import java.util.Map;
import java.util.Objects;
import org.eventstorm.model.sticky.OrderedMaps;

/** A consumer of a single-writer event: the version it asks for and the transformation it gets ({@code v3 → v1}, {@code none}). */
public record ConsumerVersion(String name, String requestedVersion, String transformation, Map<String, Object> extra) {
    public ConsumerVersion {
        Objects.requireNonNull(name, "name");
        requestedVersion = requestedVersion == null ? "" : requestedVersion;
        transformation = transformation == null ? "" : transformation;
        extra = OrderedMaps.copyOf(extra);
    }
}
