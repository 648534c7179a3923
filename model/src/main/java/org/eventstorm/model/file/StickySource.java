package org.eventstorm.model.file;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FrontMatterEntry;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Section;

/**
 * A sticky file as it was read: the exact text of each front-matter entry and each section with what it parsed
 * to, and where each starts. The writer puts back, byte for byte, every part whose value did not change; the
 * validator and the command line use the lines to point at a field.
 */
public final class StickySource {

    /** One section as written: its heading and body text, its heading's file line, and what it parsed to. */
    record SectionSegment(SectionKey key, int line, String text, Section parsed) {
    }

    /** Identifies a section across versions of a sticky: its field (or title) and which occurrence it is. */
    record SectionKey(String title, int occurrence) {
    }

    private final YamlDocument frontMatter;
    private final Map<String, FrontMatterEntry> parsedEntries;
    private final String closing;
    private final String lead;
    private final int titleStart;
    private final int titleEnd;
    private final String name;
    private final Markdown intro;
    private final List<SectionSegment> sections;
    private final int bodyFirstLine;

    StickySource(YamlDocument frontMatter, Map<String, FrontMatterEntry> parsedEntries, String closing, String lead,
            int titleStart, int titleEnd, String name, Markdown intro, List<SectionSegment> sections, int bodyFirstLine) {
        this.frontMatter = frontMatter;
        this.parsedEntries = Map.copyOf(parsedEntries);
        this.closing = closing;
        this.lead = lead;
        this.titleStart = titleStart;
        this.titleEnd = titleEnd;
        this.name = name;
        this.intro = intro;
        this.sections = List.copyOf(sections);
        this.bodyFirstLine = bodyFirstLine;
    }

    /** The file line of a front-matter key or section heading; 1 (the file's start) when the file lacks it. */
    public int lineOf(Field field) {
        if (field.inFrontMatter()) {
            return frontMatter.segment(field.label()).map(segment -> segment.line() + 1).orElse(1);
        }
        for (SectionSegment section : sections) {
            if (section.parsed() instanceof Section.Known known && known.field() == field) {
                return section.line();
            }
        }
        return 1;
    }

    YamlDocument frontMatter() {
        return frontMatter;
    }

    Optional<FrontMatterEntry> parsedEntry(String key) {
        return Optional.ofNullable(parsedEntries.get(key));
    }

    String closing() {
        return closing;
    }

    String lead() {
        return lead;
    }

    boolean hasTitle() {
        return titleStart >= 0;
    }

    /** The lead with its title line(s) replaced. */
    String leadWithTitle(String titleLine) {
        return lead.substring(0, titleStart) + titleLine + lead.substring(titleEnd);
    }

    String name() {
        return name;
    }

    Markdown intro() {
        return intro;
    }

    List<SectionSegment> sections() {
        return sections;
    }

    int bodyFirstLine() {
        return bodyFirstLine;
    }
}
