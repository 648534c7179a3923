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

    /**
     * The document as it is kept to write back: each entry's text, without the value parsed from it. A value is read
     * once, into the model; kept, board.yaml's would be a tree of every sticky's place (on 20,000 stickies, 300,000
     * nodes) that no writer reads.
     */
    YamlDocument asWritten() {
        return new YamlDocument(segments.stream().map(YamlSegment::withoutValue).toList(), trailing);
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
