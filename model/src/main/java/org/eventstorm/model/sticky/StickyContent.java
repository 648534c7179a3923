package org.eventstorm.model.sticky;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sticky file holds, in the order it holds it: front-matter entries, the text between the title and the
 * first section ({@code intro}), and the sections. Known entries carry typed values; unknown ones are kept
 * verbatim and in place, so nothing a person wrote is lost when another field changes.
 */
public record StickyContent(List<FrontMatterEntry> frontMatter, Markdown intro, List<Section> sections) {

    public StickyContent {
        frontMatter = List.copyOf(frontMatter);
        Objects.requireNonNull(intro, "intro");
        sections = List.copyOf(sections);
        String name = findText(frontMatter, Field.NAME).orElseThrow(() -> new IllegalArgumentException("a sticky needs a name"));
        requireValidName(name);
        if (findText(frontMatter, Field.TYPE).isEmpty()) {
            throw new IllegalArgumentException("a sticky needs a type");
        }
    }

    /** The content of a new sticky of {@code kind}: type, name, colour and the kind's sections, empty. */
    public static StickyContent newFor(StickyKind kind, String name) {
        List<FrontMatterEntry> entries = List.of(
                new FrontMatterEntry.Known(Field.TYPE, Text.of(kind.type())),
                new FrontMatterEntry.Known(Field.NAME, Text.of(name.strip())),
                new FrontMatterEntry.Known(Field.COLOR, Text.of(kind.colorWord())));
        List<Section> sections = kind.templateSections().stream().<Section>map(field -> new Section.Known(field, Markdown.EMPTY)).toList();
        return new StickyContent(entries, Markdown.EMPTY, sections);
    }

    /** Refuses a name that cannot stand as a sticky's name: blank, or spanning lines. */
    public static void requireValidName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a sticky's name cannot be blank");
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a sticky's name must fit on one line");
        }
    }

    public String name() {
        return findText(frontMatter, Field.NAME).orElseThrow();
    }

    /** The value of {@code field}, if the sticky has it. */
    public Optional<FieldValue> get(Field field) {
        if (field.inFrontMatter()) {
            for (FrontMatterEntry entry : frontMatter) {
                if (entry instanceof FrontMatterEntry.Known known && known.field() == field) {
                    return Optional.of(known.value());
                }
            }
        } else {
            for (Section section : sections) {
                if (section instanceof Section.Known known && known.field() == field) {
                    return Optional.of(known.body());
                }
            }
        }
        return Optional.empty();
    }

    /** The scalar {@code field}, when present and not blank. */
    public Optional<String> text(Field field) {
        return get(field).map(value -> ((Text) value).value()).filter(value -> !value.isBlank());
    }

    /** The markdown of section {@code field}; empty when the sticky has no such section. */
    public Markdown markdown(Field field) {
        return get(field).map(Markdown.class::cast).orElse(Markdown.EMPTY);
    }

    /** The top-level list items of section {@code field}; empty when the sticky has no such section. */
    public List<String> items(Field field) {
        return markdown(field).items();
    }

    /** The names in front-matter list {@code field}. */
    public List<String> names(Field field) {
        return get(field).map(value -> ((Names) value).names()).orElse(List.of());
    }

    /** The schema fields in {@code field}. */
    public List<SchemaField> schema(Field field) {
        return get(field).map(value -> ((SchemaFields) value).fields()).orElse(List.of());
    }

    /**
     * This content with {@code field} set to {@code value}. An existing entry keeps its place; a new one goes
     * where the kind's template puts it. An empty value removes a front-matter key, and empties a section
     * while keeping its heading.
     */
    public StickyContent with(StickyKind kind, Field field, FieldValue value) {
        Objects.requireNonNull(value, "value");
        if (!kind.has(field)) {
            throw new IllegalArgumentException(kind.title() + " has no field '" + field.label() + "'");
        }
        if (!field.accepts(value)) {
            throw new IllegalArgumentException("'" + field.label() + "' cannot hold " + value.getClass().getSimpleName());
        }
        if (field.inFrontMatter()) {
            return new StickyContent(withEntry(kind, field, value), intro, sections);
        }
        return new StickyContent(frontMatter, intro, withSection(kind, field, (Markdown) value));
    }

    /** This content without {@code field} at all: no key, or no section heading. */
    public StickyContent without(Field field) {
        if (field == Field.NAME || field == Field.TYPE) {
            throw new IllegalArgumentException("a sticky cannot lose its " + field.label());
        }
        if (field.inFrontMatter()) {
            List<FrontMatterEntry> entries = new ArrayList<>(frontMatter);
            entries.removeIf(entry -> entry instanceof FrontMatterEntry.Known known && known.field() == field);
            return new StickyContent(entries, intro, sections);
        }
        List<Section> kept = new ArrayList<>(sections);
        kept.removeIf(section -> section instanceof Section.Known known && known.field() == field);
        return new StickyContent(frontMatter, intro, kept);
    }

    public StickyContent withIntro(Markdown newIntro) {
        return new StickyContent(frontMatter, newIntro, sections);
    }

    private List<FrontMatterEntry> withEntry(StickyKind kind, Field field, FieldValue value) {
        List<FrontMatterEntry> entries = new ArrayList<>(frontMatter);
        int existing = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof FrontMatterEntry.Known known && known.field() == field) {
                existing = i;
            }
        }
        if (value.isEmpty()) {
            if (field == Field.NAME || field == Field.TYPE) {
                throw new IllegalArgumentException("a sticky's " + field.label() + " cannot be empty");
            }
            if (existing >= 0) {
                entries.remove(existing);
            }
            return entries;
        }
        FrontMatterEntry entry = new FrontMatterEntry.Known(field, value);
        if (existing >= 0) {
            entries.set(existing, entry);
        } else {
            entries.add(insertionPoint(kind, field, entries.stream().map(e -> e instanceof FrontMatterEntry.Known k ? k.field() : null).toList()), entry);
        }
        return entries;
    }

    private List<Section> withSection(StickyKind kind, Field field, Markdown body) {
        List<Section> result = new ArrayList<>(sections);
        Section section = new Section.Known(field, body);
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i) instanceof Section.Known known && known.field() == field) {
                result.set(i, section);
                return result;
            }
        }
        result.add(insertionPoint(kind, field, result.stream().map(s -> s instanceof Section.Known k ? k.field() : null).toList()), section);
        return result;
    }

    /**
     * Right after the last known field the kind's template puts before {@code field} (so that unknown entries stay
     * after the field they followed); with none, before the first known field the template puts after it.
     */
    private static int insertionPoint(StickyKind kind, Field field, List<Field> present) {
        int order = kind.order(field);
        int after = -1;
        for (int i = 0; i < present.size(); i++) {
            Field other = present.get(i);
            if (other != null && kind.has(other) && kind.order(other) < order) {
                after = i;
            }
        }
        if (after >= 0) {
            return after + 1;
        }
        for (int i = 0; i < present.size(); i++) {
            Field other = present.get(i);
            if (other != null && kind.has(other) && kind.order(other) > order) {
                return i;
            }
        }
        return present.size();
    }

    private static Optional<String> findText(List<FrontMatterEntry> entries, Field field) {
        for (FrontMatterEntry entry : entries) {
            if (entry instanceof FrontMatterEntry.Known known && known.field() == field && known.value() instanceof Text text) {
                return Optional.of(text.value());
            }
        }
        return Optional.empty();
    }
}
