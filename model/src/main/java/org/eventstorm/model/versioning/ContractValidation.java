package org.eventstorm.model.versioning;

import java.util.Map;
import org.eventstorm.model.sticky.OrderedMaps;

/**
 * When contracts are checked: on publishing, and whether a violation fails the build ({@code eventstorm validate}
 * then reports it as an error).
 *
 * @param onPublish             null when not written
 * @param breakBuildOnViolation null when not written
 */
public record ContractValidation(Boolean onPublish, Boolean breakBuildOnViolation, Map<String, Object> extra) {
    public static final ContractValidation NONE = new ContractValidation(null, null, Map.of());

    public ContractValidation {
        extra = OrderedMaps.copyOf(extra);
    }

    public boolean breaksBuild() {
        return Boolean.TRUE.equals(breakBuildOnViolation);
    }

    public boolean isEmpty() {
        return onPublish == null && breakBuildOnViolation == null && extra.isEmpty();
    }
}
