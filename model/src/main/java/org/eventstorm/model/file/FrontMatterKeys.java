package org.eventstorm.model.file;

import java.util.Optional;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FrontMatterEntry;
import org.eventstorm.model.sticky.StickyKind;

/**
 * A front-matter key moved between known and kept-as-written, the way the file would read it: a kind's typed key
 * becomes the YAML text another kind keeps unread, and that text becomes typed again for a kind that has the key.
 * What makes changing a sticky's kind lose nothing, there and back, in one session or across a save.
 */
public final class FrontMatterKeys {
    private FrontMatterKeys() {
    }

    /** The entry as the YAML text it is written as: {@code schema:} and its lines. */
    public static FrontMatterEntry.Unknown keptAsWritten(FrontMatterEntry.Known known) {
        String yaml = YamlWriter.entry(known.key(), FieldValues.write(known.value()));
        return new FrontMatterEntry.Unknown(known.key(), yaml.endsWith("\n") ? yaml.substring(0, yaml.length() - 1) : yaml);
    }

    /** The kept text read as {@code kind}'s typed key, when {@code kind} has that key and the text reads as its value. */
    public static Optional<FrontMatterEntry.Known> typed(StickyKind kind, FrontMatterEntry.Unknown unknown) {
        Optional<Field> field = Field.frontMatterKey(unknown.key()).filter(kind::has);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<YamlSegment> segment = YamlDocumentParser.parse(unknown.yaml() + "\n").segment(unknown.key());
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FrontMatterEntry.Known(field.get(), FieldValues.read(field.get(), segment.get())));
        } catch (FormatException e) {
            return Optional.empty();
        }
    }
}
