package org.eventstorm.model.versioning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventstorm.model.sticky.OrderedMaps;

/**
 * The single writer's transformation layer: the service that turns the canonical version into the versions consumers
 * ask for, and (beyond the feature spec's keys) the field mappings for fields the canonical version carries under
 * other names.
 *
 * @param enabled  null when not written
 * @param mappings by version: how that version's fields are filled
 */
public record TransformationLayer(Boolean enabled, String service, List<String> supportsVersions, Map<String, List<FieldMapping>> mappings,
        Map<String, Object> extra) {
    public static final TransformationLayer NONE = new TransformationLayer(null, "", List.of(), Map.of(), Map.of());

    public TransformationLayer {
        service = service == null ? "" : service;
        supportsVersions = List.copyOf(supportsVersions);
        LinkedHashMap<String, List<FieldMapping>> copy = new LinkedHashMap<>();
        mappings.forEach((version, list) -> copy.put(version, List.copyOf(list)));
        mappings = Collections.unmodifiableMap(copy);
        extra = OrderedMaps.copyOf(extra);
    }

    public boolean isEmpty() {
        return enabled == null && service.isEmpty() && supportsVersions.isEmpty() && mappings.isEmpty() && extra.isEmpty();
    }

    public List<FieldMapping> mappingsFor(String version) {
        return mappings.getOrDefault(version, List.of());
    }
}
