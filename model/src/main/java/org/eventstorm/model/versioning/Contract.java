package org.eventstorm.model.versioning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eventstorm.model.sticky.OrderedMaps;

/** What one consumer needs of a version: the fields it requires and those it reads when there. */
public record Contract(String consumer, List<String> requiredFields, List<String> optionalFields, String version, Map<String, Object> extra) {
    public Contract {
        Objects.requireNonNull(consumer, "consumer");
        requiredFields = List.copyOf(requiredFields);
        optionalFields = List.copyOf(optionalFields);
        version = version == null ? "" : version;
        extra = OrderedMaps.copyOf(extra);
    }
}
