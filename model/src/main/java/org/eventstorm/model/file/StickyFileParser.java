package org.eventstorm.model.file;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;
import org.eventstorm.model.sticky.BlockStructure;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldValue;
import org.eventstorm.model.sticky.FrontMatterEntry;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Section;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyContent;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;

/**
 * Reads one sticky file: YAML front matter between {@code ---} lines (Jackson), then the H1 title and the H2
 * sections (commonmark). Known keys and sections become typed fields; everything else is kept as written.
 */
final class StickyFileParser {
    private static final Parser MARKDOWN = BlockStructure.PARSER;

    private StickyFileParser() {
    }

    /**
     * @param id   the id the file's place gives it (its folder says the kind)
     * @param path the file's path relative to the board, for messages
     */
    static ParsedSticky parse(StickyId id, String path, byte[] bytes) throws FormatException {
        String text = TextDecoder.decode(bytes);
        if (text.isBlank()) {
            throw new FormatException(0, "is empty; a sticky file starts with front matter: a '---' line, 'type:' and 'name:', then '---'");
        }
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).stripTrailing().equals("---")) {
            throw new FormatException(1, "does not start with '---'; a sticky file begins with YAML front matter"
                    + " (type, name ...) between two '---' lines");
        }
        int fmStart = Math.min(firstEnd + 1, text.length());
        int closeStart = fmStart;
        int closeLine = 2;
        while (closeStart < text.length()) {
            int end = lineEnd(text, closeStart);
            String line = text.substring(closeStart, end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                break;
            }
            closeStart = Math.min(end + 1, text.length());
            closeLine++;
        }
        if (closeStart >= text.length()) {
            throw new FormatException(1, "front matter opened on line 1 is never closed; add a line '---' after its last key");
        }
        int closeEnd = lineEnd(text, closeStart);
        String closing = text.substring(closeStart, Math.min(closeEnd + 1, text.length()));
        YamlDocument frontMatter;
        try {
            frontMatter = YamlDocumentParser.parse(text.substring(fmStart, closeStart));
        } catch (FormatException e) {
            throw new FormatException(e.line() == 0 ? 1 : e.line() + 1, "front matter " + e.getMessage());
        }
        List<Problem> warnings = new ArrayList<>();
        StickyKind kind = kindOf(id, frontMatter);
        Map<String, FrontMatterEntry> parsed = new HashMap<>();
        List<FrontMatterEntry> entries = new ArrayList<>();
        for (YamlSegment segment : frontMatter.segments()) {
            FrontMatterEntry entry = entry(kind, segment, path, warnings);
            parsed.put(segment.key(), entry);
            entries.add(entry);
        }
        String name = requireName(frontMatter);
        String body = text.substring(Math.min(closeEnd + 1, text.length()));
        Body parts = body(kind, body, closeLine + 1, path, warnings);
        Sticky sticky;
        try {
            sticky = kind.wrap(new StickyContent(entries, parts.intro(), parts.sections().stream().map(StickySource.SectionSegment::parsed).toList()));
        } catch (IllegalArgumentException e) {
            throw new FormatException(1, e.getMessage());
        }
        StickySource source = new StickySource(frontMatter.asWritten(), parsed, closing, parts.lead(), parts.titleStart(), parts.titleEnd(),
                name, parts.intro(), parts.sections(), closeLine + 1);
        return new ParsedSticky(id, sticky, source, warnings);
    }

    private static StickyKind kindOf(StickyId id, YamlDocument frontMatter) throws FormatException {
        StickyKind expected = id.kind();
        YamlSegment type = frontMatter.segment("type").orElseThrow(() -> new FormatException(2,
                "has no 'type'; add 'type: " + expected.type() + "' to the front matter (the file is in " + expected.folder() + "/)"));
        int line = type.line() + 1;
        if (!type.isScalar()) {
            throw new FormatException(line, "'type' should be a single value such as " + expected.type());
        }
        Optional<StickyKind> declared = StickyKind.fromType(type.scalar().strip());
        if (declared.isEmpty()) {
            throw new FormatException(line, "type '" + type.scalar() + "' is not a sticky type; use one of "
                    + Arrays.stream(StickyKind.values()).map(StickyKind::type).collect(Collectors.joining(", ")));
        }
        if (declared.get() != expected) {
            throw new FormatException(line, "type is " + declared.get().type() + " but the file is in " + expected.folder()
                    + "/; move the file to " + declared.get().folder() + "/ or change the type to " + expected.type());
        }
        return expected;
    }

    private static String requireName(YamlDocument frontMatter) throws FormatException {
        YamlSegment name = frontMatter.segment("name").orElseThrow(() -> new FormatException(2,
                "has no 'name'; add 'name: ...' to the front matter, e.g. 'name: Order Placed'"));
        int line = name.line() + 1;
        if (!name.isScalar() || name.scalar().isBlank()) {
            throw new FormatException(line, "'name' should be the sticky's name on one line, e.g. 'name: Order Placed'");
        }
        if (name.scalar().contains("\n")) {
            throw new FormatException(line, "'name' spans several lines; a sticky's name fits on one line");
        }
        OptionalInt control = name.scalar().chars().filter(c -> Character.isISOControl(c) && c != '\t').findFirst();
        if (control.isPresent()) {
            throw new FormatException(line, String.format("'name' contains the control character U+%04X; a name is shown on screen and"
                    + " written into file names and code, so remove it", control.getAsInt()));
        }
        return name.scalar().strip();
    }

    /**
     * A known key of this kind becomes typed; a key another kind has is held typed (it comes back when the sticky is
     * made that kind again); any other key, or one of the wrong shape, is kept as written.
     */
    private static FrontMatterEntry entry(StickyKind kind, YamlSegment segment, String path, List<Problem> warnings) {
        Optional<Field> known = Field.frontMatterKey(segment.key());
        if (known.isPresent() && !kind.has(known.get())) {
            try {
                return new FrontMatterEntry.Held(known.get(), FieldValues.read(known.get(), segment));
            } catch (FormatException | IllegalArgumentException e) {
                return new FrontMatterEntry.Unknown(segment.key(), segment.textWithoutNewline());
            }
        }
        Optional<Field> field = known.filter(kind::has);
        if (field.isEmpty()) {
            return new FrontMatterEntry.Unknown(segment.key(), segment.textWithoutNewline());
        }
        try {
            FieldValue value = FieldValues.read(field.get(), segment);
            if (field.get() == Field.NAME) {
                value = Text.of(segment.scalar().strip());
            } else if (field.get() == Field.TYPE) {
                value = Text.of(kind.type());
            }
            return new FrontMatterEntry.Known(field.get(), value);
        } catch (FormatException e) {
            warnings.add(Problem.warning(path, e.line() + 1, e.getMessage() + "; it is kept as written but not used"));
            return new FrontMatterEntry.Unknown(segment.key(), segment.textWithoutNewline());
        }
    }

    private record Body(String lead, int titleStart, int titleEnd, Markdown intro, List<StickySource.SectionSegment> sections) {
    }

    private record HeadingAt(int level, int firstLine, int lastLine, String plainTitle, String writtenTitle) {
    }

    private static Body body(StickyKind kind, String body, int firstFileLine, String path, List<Problem> warnings) {
        int[] starts = LineIndex.starts(body);
        int lineCount = starts.length - 1;
        List<HeadingAt> headings = headings(body, starts);
        int firstSection = headings.stream().filter(h -> h.level() == 2).mapToInt(HeadingAt::firstLine).findFirst().orElse(lineCount);
        String lead = body.substring(0, starts[firstSection]);
        HeadingAt title = headings.stream().filter(h -> h.level() == 1 && h.firstLine() < firstSection).findFirst().orElse(null);
        int titleStart = title == null ? -1 : starts[title.firstLine()];
        int titleEnd = title == null ? -1 : starts[title.lastLine() + 1];
        Markdown intro = title == null ? Markdown.of(lead) : Markdown.of(lead.substring(0, titleStart) + lead.substring(titleEnd));

        List<HeadingAt> sectionHeadings = headings.stream().filter(h -> h.level() == 2).toList();
        List<StickySource.SectionSegment> sections = new ArrayList<>();
        Map<String, Integer> occurrences = new LinkedHashMap<>();
        for (int i = 0; i < sectionHeadings.size(); i++) {
            HeadingAt heading = sectionHeadings.get(i);
            int end = i + 1 < sectionHeadings.size() ? sectionHeadings.get(i + 1).firstLine() : lineCount;
            String text = body.substring(starts[heading.firstLine()], starts[end]);
            Markdown content = Markdown.of(body.substring(starts[Math.min(heading.lastLine() + 1, end)], starts[end]));
            // A section of another kind's template (kept when the sticky changed kind) is kept as written.
            Optional<Field> field = Field.sectionTitle(heading.plainTitle()).filter(kind::has);
            Section section;
            String key;
            if (field.isPresent() && !occurrences.containsKey(field.get().name())) {
                section = new Section.Known(field.get(), content);
                key = field.get().name();
            } else {
                if (field.isPresent()) {
                    warnings.add(Problem.warning(path, firstFileLine + heading.firstLine(), "the section '" + heading.plainTitle()
                            + "' appears twice; the second is kept as written but not read as " + field.get().label()));
                }
                section = new Section.Unknown(heading.writtenTitle(), content);
                key = "?" + heading.writtenTitle();
            }
            int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
            sections.add(new StickySource.SectionSegment(new StickySource.SectionKey(key, occurrence),
                    firstFileLine + heading.firstLine(), text, section));
        }
        return new Body(lead, titleStart, titleEnd, intro, sections);
    }

    private static List<HeadingAt> headings(String body, int[] starts) {
        List<HeadingAt> headings = new ArrayList<>();
        Node document = MARKDOWN.parse(body);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() <= 2) {
                List<SourceSpan> spans = heading.getSourceSpans();
                int first = spans.get(0).getLineIndex();
                int last = spans.get(spans.size() - 1).getLineIndex();
                String written = BlockStructure.writtenText(heading);
                headings.add(new HeadingAt(heading.getLevel(), first, last, BlockStructure.plain(written), written));
            }
        }
        return headings;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
