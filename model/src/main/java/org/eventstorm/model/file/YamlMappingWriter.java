package org.eventstorm.model.file;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes a top-level YAML mapping. With a source, an entry whose value did not change is put back exactly as
 * written, and the comments above every entry stay; in canonical mode (the {@code fmt} command) every entry is
 * written in the canonical style and only comment lines of the source are kept.
 */
final class YamlMappingWriter {

    /**
     * One entry to write.
     *
     * @param unchanged true when the value equals what the source's entry of that key parsed to
     * @param render    the entry's canonical text, ending with a line end
     */
    record Entry(String key, boolean unchanged, Supplier<String> render) {
    }

    private YamlMappingWriter() {
    }

    static String write(List<Entry> entries, YamlDocument source, boolean canonical) {
        StringBuilder out = new StringBuilder();
        for (Entry entry : entries) {
            Optional<YamlSegment> segment = source == null ? Optional.empty() : source.segment(entry.key());
            if (segment.isPresent()) {
                out.append(canonical ? commentLines(segment.get().trivia()) : segment.get().trivia());
                out.append(entry.unchanged() && !canonical ? endLine(segment.get().text()) : entry.render().get());
            } else {
                out.append(entry.render().get());
            }
        }
        if (source != null) {
            out.append(canonical ? commentLines(source.trailing()) : source.trailing());
        }
        return out.toString();
    }

    /** Only the comment lines of some trivia: what {@code fmt} keeps of blank lines and comments. */
    static String commentLines(String trivia) {
        StringBuilder kept = new StringBuilder();
        for (String line : trivia.split("\n", -1)) {
            if (line.startsWith("#")) {
                kept.append(line.stripTrailing()).append('\n');
            }
        }
        return kept.toString();
    }

    private static String endLine(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }
}
