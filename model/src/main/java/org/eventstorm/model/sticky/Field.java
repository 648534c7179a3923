package org.eventstorm.model.sticky;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every field a sticky kind understands: a front-matter key or an H2 section of the seed's templates
 * (plus our additions). A kind lists the fields it has, in the order a new file writes them.
 */
public enum Field {
    // Front matter
    TYPE(Place.FRONT_MATTER, "type", Shape.TEXT), NAME(Place.FRONT_MATTER, "name", Shape.TEXT), COLOR(Place.FRONT_MATTER, "color", Shape.TEXT), TIMESTAMP(
            Place.FRONT_MATTER, "timestamp", Shape.TEXT), ACTOR(Place.FRONT_MATTER, "actor", Shape.TEXT), CONTEXT(Place.FRONT_MATTER, "context",
                    Shape.TEXT), SERVICE(Place.FRONT_MATTER, "service", Shape.TEXT), EVENT_TYPE(Place.FRONT_MATTER, "event_type", Shape.TEXT), VERSION(
                            Place.FRONT_MATTER, "version", Shape.TEXT), SCHEMA(Place.FRONT_MATTER, "schema", Shape.SCHEMA), VERSIONS(Place.FRONT_MATTER,
                                    "versions", Shape.VERSIONS), COMPENSATION(Place.FRONT_MATTER, "compensation", Shape.TEXT), TIMEOUT(Place.FRONT_MATTER,
                                            "timeout", Shape.TEXT), RETRY(Place.FRONT_MATTER, "retry", Shape.RETRY), TRIGGER_EVENT(Place.FRONT_MATTER,
                                                    "trigger_event", Shape.TEXT), ISSUES_COMMAND(Place.FRONT_MATTER, "issues_command",
                                                            Shape.TEXT), SEVERITY(Place.FRONT_MATTER, "severity", Shape.TEXT), STATUS(Place.FRONT_MATTER,
                                                                    "status", Shape.TEXT), ABOUT(Place.FRONT_MATTER, "about", Shape.NAMES),
    /**
     * {@code true} on an event the room marked pivotal: a turning point of the story (Order Placed, Order Shipped)
     * where the big picture splits into chapters.
     */
    PIVOTAL(Place.FRONT_MATTER, "pivotal", Shape.TEXT),
    /** Who wrote the sticky in a live workshop (the name they joined with); every kind has it. */
    AUTHOR(Place.FRONT_MATTER, "author", Shape.TEXT),
    /** The dots it got in the workshop's votes, a whole number; every kind has it. */
    VOTES(Place.FRONT_MATTER, "votes", Shape.TEXT),

    // Sections
    TRIGGER(Place.SECTION, "Trigger", Shape.PROSE), BUSINESS_CONTEXT(Place.SECTION, "Business Context", Shape.PROSE), DATA_CARRIED(Place.SECTION,
            "Data Carried", Shape.LIST), CONSEQUENCES(Place.SECTION, "Consequences", Shape.LIST), INTENT(Place.SECTION, "Intent", Shape.PROSE), PRECONDITIONS(
                    Place.SECTION, "Preconditions", Shape.LIST), BUSINESS_RULES(Place.SECTION, "Business Rules", Shape.LIST), PRODUCES_EVENTS(Place.SECTION,
                            "Produces Events", Shape.LIST), RESPONSIBILITY(Place.SECTION, "Responsibility", Shape.PROSE), INVARIANTS(Place.SECTION,
                                    "Invariants", Shape.LIST), COMMANDS_HANDLED(Place.SECTION, "Commands Handled", Shape.LIST), EVENTS_EMITTED(Place.SECTION,
                                            "Events Emitted", Shape.LIST), WHENEVER(Place.SECTION, "Whenever", Shape.PROSE), THEN(Place.SECTION, "Then",
                                                    Shape.LIST), BUSINESS_LOGIC(Place.SECTION, "Business Logic", Shape.PROSE), ISSUE(Place.SECTION, "Issue",
                                                            Shape.PROSE), IMPACT(Place.SECTION, "Impact", Shape.LIST), STAKEHOLDERS(Place.SECTION,
                                                                    "Stakeholders", Shape.LIST), NEEDS_CLARIFICATION(Place.SECTION, "Needs Clarification",
                                                                            Shape.LIST), PROPOSED_SOLUTION(Place.SECTION, "Proposed Solution",
                                                                                    Shape.LIST), RESOLUTION(Place.SECTION, "Resolution",
                                                                                            Shape.PROSE), DESCRIPTION(Place.SECTION, "Description",
                                                                                                    Shape.PROSE), RECEIVES_COMMANDS(Place.SECTION,
                                                                                                            "Receives Commands",
                                                                                                            Shape.LIST), BUILT_FROM(Place.SECTION, "Built From",
                                                                                                                    Shape.LIST), INFORMS(Place.SECTION,
                                                                                                                            "Informs",
                                                                                                                            Shape.LIST), FIELDS(Place.SECTION,
                                                                                                                                    "Fields", Shape.LIST),
    /** What people remarked on the sticky in the workshop, one {@link Comment} per item; every kind has it, no template writes it. */
    COMMENTS(Place.SECTION, "Comments", Shape.LIST);

    /** Where the field lives in a sticky file. */
    public enum Place { FRONT_MATTER, SECTION }

    /** The kind of value a field holds, which decides its {@link FieldValue} type. */
    public enum Shape {
        /** A YAML scalar, kept as the text the person wrote: {@link Text}. */
        TEXT,
        /** A YAML list of names: {@link Names}. */
        NAMES,
        /** A YAML list of schema fields: {@link SchemaFields}. */
        SCHEMA,
        /** A YAML list of event versions: {@link Versions}. */
        VERSIONS,
        /** A YAML mapping of retry settings: {@link Retry}. */
        RETRY,
        /** A section of free markdown: {@link Markdown}. */
        PROSE,
        /** A section that is a bullet list; still {@link Markdown}, so nothing written around the list is lost. */
        LIST
    }

    private final Place place;
    private final String label;
    private final Shape shape;

    Field(Place place, String label, Shape shape) {
        this.place = place;
        this.label = label;
        this.shape = shape;
    }

    public Place place() {
        return place;
    }

    public boolean inFrontMatter() {
        return place == Place.FRONT_MATTER;
    }

    /** The YAML key (front matter) or the H2 title (section) exactly as a new file writes it. */
    public String label() {
        return label;
    }

    public Shape shape() {
        return shape;
    }

    /** True when {@code value} is of the type this field holds. */
    public boolean accepts(FieldValue value) {
        return switch (shape) {
            case TEXT -> value instanceof Text;
            case NAMES -> value instanceof Names;
            case SCHEMA -> value instanceof SchemaFields;
            case VERSIONS -> value instanceof Versions;
            case RETRY -> value instanceof Retry;
            case PROSE, LIST -> value instanceof Markdown;
        };
    }

    /** The empty value of this field's type. */
    public FieldValue emptyValue() {
        return switch (shape) {
            case TEXT -> Text.EMPTY;
            case NAMES -> Names.EMPTY;
            case SCHEMA -> SchemaFields.EMPTY;
            case VERSIONS -> Versions.EMPTY;
            case RETRY -> Retry.EMPTY;
            case PROSE, LIST -> Markdown.EMPTY;
        };
    }

    /** The front-matter field with this YAML key, if any. */
    public static Optional<Field> frontMatterKey(String key) {
        for (Field field : values()) {
            if (field.place == Place.FRONT_MATTER && field.label.equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The section field with this H2 title (case and runs of spaces ignored), if any. */
    public static Optional<Field> sectionTitle(String title) {
        return Optional.ofNullable(Titles.BY_TITLE.get(normalizedTitle(title)));
    }

    private static String normalizedTitle(String title) {
        StringBuilder normalized = new StringBuilder(title.length());
        boolean space = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isWhitespace(c)) {
                space = normalized.length() > 0;
            } else {
                if (space) {
                    normalized.append(' ');
                    space = false;
                }
                normalized.append(Character.toLowerCase(c));
            }
        }
        return normalized.toString();
    }

    /** Section fields by lower-case title, built once. */
    private static final class Titles {
        static final Map<String, Field> BY_TITLE = new HashMap<>();

        static {
            for (Field field : values()) {
                if (field.place == Place.SECTION) {
                    BY_TITLE.put(field.label.toLowerCase(Locale.ROOT), field);
                }
            }
        }
    }
}
