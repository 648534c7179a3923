package org.eventstorm.exporters;

import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;

/** A sticky in one line, for the formats that give each message a summary (EventCatalog, AsyncAPI). */
public final class StickySummary {
    private StickySummary() {
    }

    /** The first line of the sticky's first written section (a list item without its bullet), else its kind and name. */
    public static String of(Sticky sticky) {
        for (Field field : sticky.kind().templateSections()) {
            Markdown section = sticky.content().markdown(field);
            if (!section.isEmpty()) {
                String first = section.source().strip().lines().findFirst().orElse("").replaceFirst("^[-*+]\\s+", "");
                if (!first.isBlank()) {
                    return first.strip();
                }
            }
        }
        return sticky.kind().title() + " " + sticky.name();
    }
}
