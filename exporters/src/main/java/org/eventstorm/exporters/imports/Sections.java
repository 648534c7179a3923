package org.eventstorm.exporters.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;

/**
 * A sticky's introduction and sections from Markdown written as the exports write them: {@code ## Trigger},
 * {@code ## Intent} ... start the sticky's sections, the text before the first is its introduction. A heading the
 * sticky does not have stays text of the section it is in, unless the format put it there itself ({@code ## Schema}
 * in a catalog page), when it and its text are left out.
 */
public final class Sections {
    private static final String END = "## \u0000";

    private Sections() {
    }

    public static void read(ImportedSticky sticky, String markdown, Set<String> formatHeadings) {
        if (markdown.isBlank()) {
            return;
        }
        Map<String, Field> byLabel = new LinkedHashMap<>();
        sticky.kind().templateSections().forEach(field -> byLabel.put(field.label(), field));
        Field current = null;
        boolean skipping = false;
        StringBuilder text = new StringBuilder();
        for (String line : (markdown + "\n" + END).lines().toList()) {
            String heading = line.startsWith("## ") ? line.substring(3).strip() : null;
            Field section = heading == null ? null : byLabel.get(heading);
            boolean formats = heading != null && formatHeadings.contains(heading);
            if (section == null && !formats && !line.equals(END)) {
                if (!skipping) {
                    text.append(line).append('\n');
                }
                continue;
            }
            if (!skipping && !text.toString().isBlank()) {
                Markdown written = Markdown.of(text.toString().strip() + "\n");
                if (current == null) {
                    sticky.intro(written);
                } else {
                    sticky.field(current, written);
                }
            }
            current = section;
            skipping = formats;
            text.setLength(0);
        }
    }
}
