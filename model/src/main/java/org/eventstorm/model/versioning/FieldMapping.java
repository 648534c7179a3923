package org.eventstorm.model.versioning;

import java.util.List;
import java.util.Objects;

/**
 * How the transformation layer fills a field of an older version from the canonical one: from one field of another
 * name (a rename), or from several joined with a space (a merge: {@code name: [firstName, lastName]}).
 */
public record FieldMapping(String target, List<String> sources) {
    public FieldMapping {
        Objects.requireNonNull(target, "target");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("the mapping of '" + target + "' needs a source field");
        }
    }

    public boolean isMerge() {
        return sources.size() > 1;
    }
}
