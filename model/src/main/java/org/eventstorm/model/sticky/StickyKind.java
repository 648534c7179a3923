package org.eventstorm.model.sticky;

import static org.eventstorm.model.sticky.Field.*;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The eight kinds of sticky note and the free note: their folder in a board, their {@code type} in front matter, the colour
 * word the templates write and the colour the canvas paints, the H1 title prefix, and their fields in the
 * order a new file writes them.
 */
public enum StickyKind {
    EVENT("events", "event-storming-event", "Domain Event", "orange", "#FFA94D", 160, 100,
            List.of(TYPE, NAME, COLOR, TIMESTAMP, CONTEXT, EVENT_TYPE, VERSION, SCHEMA, VERSIONS, PIVOTAL, AUTHOR, VOTES),
            List.of(TRIGGER, BUSINESS_CONTEXT, DATA_CARRIED, CONSEQUENCES, COMMENTS), DomainEvent::new), COMMAND("commands", "event-storming-command",
                    "Command", "blue", "#74C0FC", 160, 100,
                    List.of(TYPE, NAME, COLOR, Field.ACTOR, CONTEXT, SERVICE, COMPENSATION, TIMEOUT, RETRY, AUTHOR, VOTES),
                    List.of(INTENT, PRECONDITIONS, BUSINESS_RULES, PRODUCES_EVENTS, COMMENTS), Command::new), AGGREGATE("aggregates",
                            "event-storming-aggregate", "Aggregate", "yellow", "#FFE066", 180, 110,
                            List.of(TYPE, NAME, COLOR, CONTEXT, SERVICE, AUTHOR, VOTES),
                            List.of(RESPONSIBILITY, INVARIANTS, COMMANDS_HANDLED, EVENTS_EMITTED, COMMENTS), Aggregate::new), POLICY("policies",
                                    "event-storming-policy", "Policy", "lilac", "#D0BFFF", 160, 100,
                                    List.of(TYPE, NAME, COLOR, TRIGGER_EVENT, ISSUES_COMMAND, AUTHOR, VOTES),
                                    List.of(WHENEVER, THEN, BUSINESS_LOGIC, COMMENTS), Policy::new), HOTSPOT("hotspots", "event-storming-hotspot", "Hotspot",
                                            "red", "#FF6B6B", 160, 100,
                                            List.of(TYPE, NAME, COLOR, SEVERITY, STATUS, ABOUT, AUTHOR, VOTES),
                                            List.of(ISSUE, IMPACT, STAKEHOLDERS, NEEDS_CLARIFICATION, PROPOSED_SOLUTION, RESOLUTION, COMMENTS),
                                            Hotspot::new), ACTOR("actors", "event-storming-actor", "Actor", "pale yellow", "#FFF3BF", 140, 70,
                                                    List.of(TYPE, NAME, COLOR, CONTEXT, AUTHOR, VOTES),
                                                    List.of(DESCRIPTION, COMMENTS), Actor::new), READ_MODEL("read-models", "event-storming-read-model",
                                                            "Read Model", "green", "#8CE99A", 160, 100,
                                                            List.of(TYPE, NAME, COLOR, CONTEXT, AUTHOR, VOTES),
                                                            List.of(BUILT_FROM, INFORMS, FIELDS, COMMENTS), ReadModel::new), EXTERNAL_SYSTEM("external-systems",
                                                                    "event-storming-external-system", "External System", "pink", "#FCC2D7", 180, 90,
                                                                    List.of(TYPE, NAME, COLOR, AUTHOR, VOTES),
                                                                    List.of(DESCRIPTION, RECEIVES_COMMANDS, PRODUCES_EVENTS, COMMENTS), ExternalSystem::new),
    /** A free note in any colour ({@code color:} a colour word or {@code #RRGGBB}): the validator and the model exports leave it alone. */
    NOTE("notes", "event-storming-note", "Note", "grey", "#E9ECEF", 160, 100,
            List.of(TYPE, NAME, COLOR, AUTHOR, VOTES),
            List.of(DESCRIPTION, COMMENTS), Note::new);

    private final String folder;
    private final String type;
    private final String title;
    private final String colorWord;
    private final String hex;
    private final int defaultWidth;
    private final int defaultHeight;
    private final List<Field> frontMatter;
    private final List<Field> sections;
    private final Function<StickyContent, Sticky> factory;

    StickyKind(String folder, String type, String title, String colorWord, String hex, int defaultWidth, int defaultHeight,
            List<Field> frontMatter, List<Field> sections, Function<StickyContent, Sticky> factory) {
        this.folder = folder;
        this.type = type;
        this.title = title;
        this.colorWord = colorWord;
        this.hex = hex;
        this.defaultWidth = defaultWidth;
        this.defaultHeight = defaultHeight;
        this.frontMatter = frontMatter;
        this.sections = sections;
        this.factory = factory;
    }

    /** The board sub-folder holding this kind's files ({@code events}). */
    public String folder() {
        return folder;
    }

    /** The front-matter {@code type} ({@code event-storming-event}). */
    public String type() {
        return type;
    }

    /** The H1 title prefix ({@code Domain Event}) and the kind's name in messages. */
    public String title() {
        return title;
    }

    /** The kind's name for many ({@code Domain Events}, {@code Policies}). */
    public String plural() {
        return title.endsWith("y") ? title.substring(0, title.length() - 1) + "ies" : title + "s";
    }

    /** The colour word a new file writes ({@code orange}). */
    public String colorWord() {
        return colorWord;
    }

    /** The colour the canvas paints this kind with ({@code #FFA94D}). */
    public String hex() {
        return hex;
    }

    public int defaultWidth() {
        return defaultWidth;
    }

    public int defaultHeight() {
        return defaultHeight;
    }

    /** Front-matter fields in the order a new file writes them, starting with type, name, color. */
    public List<Field> frontMatterFields() {
        return frontMatter;
    }

    /** Section fields in the order a file has them. */
    public List<Field> sectionFields() {
        return sections;
    }

    /** The sections a new sticky's file starts with: the template's (Comments come when someone writes one). */
    public List<Field> templateSections() {
        return sections.stream().filter(field -> field != Field.COMMENTS).toList();
    }

    public boolean has(Field field) {
        return frontMatter.contains(field) || sections.contains(field);
    }

    /** The position of {@code field} in this kind's canonical order (front matter, then sections). */
    public int order(Field field) {
        int index = frontMatter.indexOf(field);
        if (index >= 0) {
            return index;
        }
        index = sections.indexOf(field);
        if (index >= 0) {
            return frontMatter.size() + index;
        }
        throw new IllegalArgumentException(title + " has no field " + field);
    }

    /** Wraps content in this kind's sticky record. */
    public Sticky wrap(StickyContent content) {
        return factory.apply(content);
    }

    /** A new sticky of this kind as a template would start it: type, name, colour and every section, empty. */
    public Sticky create(String name) {
        return wrap(StickyContent.newFor(this, name));
    }

    public static Optional<StickyKind> fromFolder(String folder) {
        for (StickyKind kind : values()) {
            if (kind.folder.equals(folder)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public static Optional<StickyKind> fromType(String type) {
        for (StickyKind kind : values()) {
            if (kind.type.equals(type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind named by {@code word}: "policy", "Domain Event", "read model", "read-models" ... if any. */
    public static Optional<StickyKind> fromWord(String word) {
        String wanted = word.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
        for (StickyKind kind : values()) {
            String title = kind.title.toLowerCase(Locale.ROOT);
            if (wanted.equals(title) || wanted.equals(title.replace("domain ", "")) || wanted.equals(kind.folder.replace('-', ' '))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
