package org.eventstorm.model.validate.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Naming;
import org.eventstorm.model.board.Naming.EventTypeStyle;
import org.eventstorm.model.saga.SagaNames;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.NamingRecheck;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/**
 * {@code event_type} follows the board's convention ({@code event_types:} in {@code board.yaml}): the feature spec's
 * {@code {domain}.{entity}.{action}.v{n}} in lower case ({@code orders.order.placed.v1}), or the CloudEvents style of
 * the EDA standards, {@code {domain}.{aggregate}.{Event}} ({@code orders.order.OrderPlaced}).
 */
public final class EventTypeFormatRule extends DescribedRule implements Rule {
    public EventTypeFormatRule() {
        super("event-type-format", "Event type not in the board's convention",
                Severity.WARNING, Scope.SELF, Level.DESIGN);
    }

    /** The event type style decides whether a type is in the convention; the language is not read. */
    @Override
    public NamingRecheck onNamingChange(Naming before, Naming after) {
        return before.eventTypes() == after.eventTypes() ? NamingRecheck.NOTHING : NamingRecheck.EVERY_STICKY;
    }

    static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_-]*\\.[a-z][a-z0-9_-]*\\.[a-z][a-z0-9_-]*\\.v[1-9][0-9]*");
    /** The EDA standards' pattern for a CloudEvents {@code type}. */
    static final Pattern CLOUDEVENTS = Pattern.compile("[a-z0-9]+(?:\\.[a-z0-9]+)*\\.[A-Z][a-zA-Z0-9]*");
    // Compiled once: a new event type style checks every event of the board, and String.replaceAll and matches would
    // compile each pattern again for every part of every type (split on one character compiles nothing).
    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_PART = Pattern.compile("[^a-z0-9_-]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern VERSION_PART = Pattern.compile("v[0-9]+");
    private static final Pattern MAYBE_VERSION_PART = Pattern.compile("v?[0-9]+");

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent event) || event.eventType().isEmpty()) {
            return List.of();
        }
        String type = event.eventType().get().strip();
        EventTypeStyle style = context.board().settings().naming().eventTypes();
        if (pattern(style).matcher(type).matches()) {
            return List.of();
        }
        EventTypeStyle other = style == EventTypeStyle.VERSIONED ? EventTypeStyle.CLOUDEVENTS : EventTypeStyle.VERSIONED;
        boolean followsOther = pattern(other).matcher(type).matches();
        // A CloudEvents type on a versioned board is a choice, not a typo, and its action cannot be told from it: the
        // board should say which convention it follows. The other way, the event's name gives the CloudEvents type.
        Optional<String> suggestion = style == EventTypeStyle.CLOUDEVENTS ? cloudEvents(type, event.name())
                : followsOther ? Optional.empty() : normalized(type, event.version().orElse("1"));
        String otherConvention = followsOther
                ? "; it follows the " + other.word() + " convention: if the board does, say so with event_types: " + other.word() + " in board.yaml"
                : "";
        Finding finding = Finding.on(this, id, Field.EVENT_TYPE, "event_type '" + type + "' should be " + style.shape()
                + (style == EventTypeStyle.VERSIONED ? " in lower case" : "") + ", e.g. " + style.example()
                + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("") + otherConvention);
        return List.of(suggestion.map(s -> finding.withFix(new Fix("Change to '" + s + "'", new EditField(id, Field.EVENT_TYPE, Text.of(s))))).orElse(finding));
    }

    private static Pattern pattern(EventTypeStyle style) {
        return style == EventTypeStyle.VERSIONED ? FORMAT : CLOUDEVENTS;
    }

    /** The written type's lower-case name parts but the last, then the event's name joined: orders.order.OrderPlaced. */
    static Optional<String> cloudEvents(String type, String eventName) {
        List<String> parts = Arrays.stream(type.toLowerCase(Locale.ROOT).split("\\.")).map(part -> NOT_NAME.matcher(part.strip()).replaceAll("")).filter(
                part -> !part.isEmpty() && !VERSION_PART.matcher(part).matches()).toList();
        String joined = SagaNames.pascal(eventName);
        if (parts.size() < 2 || joined.length() == 0 || !Character.isLetter(joined.charAt(0))) {
            return Optional.empty();
        }
        String candidate = String.join(".", parts.subList(0, 2)) + "." + joined;
        return CLOUDEVENTS.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    /** The written type in lower case with a version at the end, when it has the three name parts. */
    static Optional<String> normalized(String type, String version) {
        List<String> parts = Arrays.stream(type.toLowerCase(Locale.ROOT).split("\\.")).map(
                part -> EDGE_DASHES.matcher(NOT_PART.matcher(part.strip()).replaceAll("-")).replaceAll("")).filter(part -> !part.isEmpty()).toList();
        String number = NOT_DIGIT.matcher(version).replaceAll("");
        if (number.isEmpty() || number.startsWith("0")) {
            number = "1";
        }
        boolean versioned = parts.size() == 4 && MAYBE_VERSION_PART.matcher(parts.get(3)).matches();
        List<String> names = versioned ? parts.subList(0, 3) : parts;
        if (versioned) {
            number = parts.get(3).replace("v", "");
        }
        if (names.size() != 3 || names.stream().anyMatch(part -> !Character.isLetter(part.charAt(0)))) {
            return Optional.empty();
        }
        String candidate = String.join(".", names) + ".v" + number;
        return FORMAT.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
