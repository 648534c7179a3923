package org.eventstorm.model.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FrontMatterEntry;
import org.eventstorm.model.sticky.Section;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.Text;

/**
 * Writes a sticky file. Given the {@link StickySource} it was read from, every part whose value did not change
 * is written back exactly as it was, so one edited field changes only its own lines. Without a source (a new
 * sticky) or in canonical mode ({@code fmt}) the file is written in the canonical form of the seed's templates.
 */
final class StickyFileWriter {

    private StickyFileWriter() {
    }

    /** The canonical text of a sticky, as a new file holds it. */
    static String canonical(Sticky sticky) {
        return write(sticky, null, true);
    }

    /**
     * @param source    how the file was written before, or null
     * @param canonical true to normalise every part (keeping unknown content and comments), as {@code fmt} does
     */
    static String write(Sticky sticky, StickySource source, boolean canonical) {
        StringBuilder out = new StringBuilder("---\n");
        out.append(frontMatter(sticky, source, canonical));
        String closing = source == null || canonical ? "---\n" : source.closing();
        out.append(closing.endsWith("\n") ? closing : closing + "\n");
        appendBody(out, sticky, canonical ? null : source);
        return out.toString();
    }

    private static String frontMatter(Sticky sticky, StickySource source, boolean canonical) {
        List<YamlMappingWriter.Entry> entries = new ArrayList<>();
        for (FrontMatterEntry entry : sticky.content().frontMatter()) {
            boolean unchanged = source != null && source.parsedEntry(entry.key()).map(entry::equals).orElse(false);
            entries.add(new YamlMappingWriter.Entry(entry.key(), unchanged, () -> render(entry)));
        }
        return YamlMappingWriter.write(entries, source == null ? null : source.frontMatter(), canonical);
    }

    private static String render(FrontMatterEntry entry) {
        if (entry instanceof FrontMatterEntry.Known known && known.field() == Field.PIVOTAL) {
            // A flag, written as YAML's true, not as the text "true".
            return YamlWriter.entry(known.key(), known.value().equals(Text.of("true")) ? Boolean.TRUE : FieldValues.write(known.value()));
        }
        if (entry instanceof FrontMatterEntry.Known known) {
            return YamlWriter.entry(known.key(), FieldValues.write(known.value()));
        }
        if (entry instanceof FrontMatterEntry.Held held) {
            return YamlWriter.entry(held.key(), FieldValues.write(held.value()));
        }
        return ((FrontMatterEntry.Unknown) entry).yaml() + "\n";
    }

    /** A part of the body to write, and where it stood in the source (-1 for the lead; null when new). */
    private record Part(String text, Integer sourceIndex) {
    }

    private static void appendBody(StringBuilder out, Sticky sticky, StickySource source) {
        List<Part> parts = new ArrayList<>();
        parts.add(lead(sticky, source));
        Map<String, Integer> occurrences = new HashMap<>();
        Map<StickySource.SectionKey, Integer> sourceIndex = new HashMap<>();
        if (source != null) {
            for (int i = 0; i < source.sections().size(); i++) {
                sourceIndex.put(source.sections().get(i).key(), i);
            }
        }
        for (Section section : sticky.content().sections()) {
            String key = section instanceof Section.Known known ? known.field().name() : "?" + section.title();
            StickySource.SectionKey sectionKey = new StickySource.SectionKey(key, occurrences.merge(key, 1, Integer::sum) - 1);
            Integer index = sourceIndex.get(sectionKey);
            if (index != null && source.sections().get(index).parsed().equals(section)) {
                parts.add(new Part(source.sections().get(index).text(), index));
            } else {
                parts.add(new Part(canonicalSection(section), null));
            }
        }
        int sourceSections = source == null ? 0 : source.sections().size();
        Part previous = null;
        for (Part part : parts) {
            if (previous != null && !adjacent(previous, part)) {
                separate(out);
            }
            out.append(part.text());
            previous = part;
        }
        boolean endsAsWritten = previous != null && previous.sourceIndex() != null && previous.sourceIndex() == sourceSections - 1;
        if (!endsAsWritten) {
            trimToOneLineEnd(out);
        }
    }

    private static Part lead(Sticky sticky, StickySource source) {
        String title = "# " + sticky.kind().title() + ": " + sticky.name() + "\n";
        if (source != null && source.intro().equals(sticky.intro())) {
            if (source.name().equals(sticky.name()) || !source.hasTitle()) {
                return new Part(source.lead(), -1);
            }
            return new Part(source.leadWithTitle(title), -1);
        }
        String intro = sticky.intro().isEmpty() ? "" : "\n" + sticky.intro().source() + "\n";
        return new Part("\n" + title + intro, null);
    }

    private static String canonicalSection(Section section) {
        String body = section.body().isEmpty() ? "" : section.body().source() + "\n";
        return "## " + section.title() + "\n" + body;
    }

    /** True when the two parts followed each other in the source, so nothing may go between them. */
    private static boolean adjacent(Part first, Part second) {
        return first.sourceIndex() != null && second.sourceIndex() != null && second.sourceIndex() == first.sourceIndex() + 1;
    }

    /** Ends the text with one blank line, so that the next heading stands apart. */
    private static void separate(StringBuilder out) {
        if (out.length() == 0) {
            return;
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }

    private static void trimToOneLineEnd(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        out.append('\n');
    }
}
