package org.eventstorm.model.file;

import java.util.List;
import java.util.Optional;

/**
 * A top-level YAML mapping cut into the text of each key, so that a writer can put back, byte for byte,
 * every entry whose value did not change.
 *
 * @param trailing blank and comment lines after the last entry
 */
record YamlDocument(List<YamlSegment> segments, String trailing) {
    YamlDocument {
        segments = List.copyOf(segments);
    }

    Optional<YamlSegment> segment(String key) {
        for (YamlSegment segment : segments) {
            if (segment.key().equals(key)) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }
}
