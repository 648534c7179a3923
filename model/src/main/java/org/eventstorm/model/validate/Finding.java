package org.eventstorm.model.validate;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyId;

/**
 * Something the validator found: which rule, how severe, on which sticky and field (none for the board itself), a
 * message a facilitator understands, and a fix when there is an obvious one. Advice that depends on the whole board
 * ("did you mean ...?") is not part of a finding; {@link Validator#adviceFor} gives it when someone looks.
 *
 * @param subject the name the finding is about, when it is about one written name (a dangling reference); else null
 */
public record Finding(String ruleId, Severity severity, StickyId sticky, Field field, String message, Fix fix, String subject) {

    /** Board-level findings first, then by sticky, rule and message: the order every output uses. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding finding) -> finding.sticky, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public Finding(String ruleId, Severity severity, StickyId sticky, Field field, String message, Fix fix) {
        this(ruleId, severity, sticky, field, message, fix, null);
    }

    public static Finding on(Rule rule, StickyId sticky, Field field, String message) {
        return new Finding(rule.id(), rule.defaultSeverity(), sticky, field, message, null, null);
    }

    public Finding withFix(Fix newFix) {
        return new Finding(ruleId, severity, sticky, field, message, newFix, subject);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, sticky, field, message, fix, subject);
    }

    public Finding about(String name) {
        return new Finding(ruleId, severity, sticky, field, message, fix, name);
    }

    /** The sticky, or empty for a finding about the board as a whole. */
    public Optional<StickyId> stickyId() {
        return Optional.ofNullable(sticky);
    }

    public Optional<Field> fieldOf() {
        return Optional.ofNullable(field);
    }

    public Optional<Fix> suggestedFix() {
        return Optional.ofNullable(fix);
    }
}
