package org.eventstorm.model.validate.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** {@code event_type} follows {@code {domain}.{entity}.{action}.v{n}}, lower case: {@code orders.order.placed.v1}. */
public final class EventTypeFormatRule extends DescribedRule implements Rule {
    public EventTypeFormatRule() {
        super("event-type-format", "Event type not {domain}.{entity}.{action}.v{n}",
                Severity.WARNING, Scope.SELF, Level.DESIGN);
    }

    static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_-]*\\.[a-z][a-z0-9_-]*\\.[a-z][a-z0-9_-]*\\.v[1-9][0-9]*");

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent event) || event.eventType().isEmpty()) {
            return List.of();
        }
        String type = event.eventType().get().strip();
        if (FORMAT.matcher(type).matches()) {
            return List.of();
        }
        Optional<String> suggestion = normalized(type, event.version().orElse("1"));
        Finding finding = Finding.on(this, id, Field.EVENT_TYPE, "event_type '" + type
                + "' should be {domain}.{entity}.{action}.v{n} in lower case, e.g. orders.order.placed.v1"
                + suggestion.map(s -> "; did you mean '" + s + "'?").orElse(""));
        return List.of(suggestion.map(s -> finding.withFix(new Fix("Change to '" + s + "'", new EditField(id, Field.EVENT_TYPE, Text.of(s))))).orElse(finding));
    }

    /** The written type in lower case with a version at the end, when it has the three name parts. */
    static Optional<String> normalized(String type, String version) {
        List<String> parts = Arrays.stream(type.toLowerCase(Locale.ROOT).split("\\.")).map(
                part -> part.strip().replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "")).filter(part -> !part.isEmpty()).toList();
        String number = version.replaceAll("[^0-9]", "");
        if (number.isEmpty() || number.startsWith("0")) {
            number = "1";
        }
        List<String> names = parts.size() == 4 && parts.get(3).matches("v?[0-9]+") ? parts.subList(0, 3) : parts;
        if (parts.size() == 4 && parts.get(3).matches("v?[0-9]+")) {
            number = parts.get(3).replace("v", "");
        }
        if (names.size() != 3 || names.stream().anyMatch(part -> !Character.isLetter(part.charAt(0)))) {
            return Optional.empty();
        }
        String candidate = String.join(".", names) + ".v" + number;
        return FORMAT.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
