package org.eventstorm.model.validate;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyId;

/**
 * Something the validator found: which rule, how severe, on which sticky and field (none for the board itself), a
 * message a facilitator understands, and a fix when there is an obvious one. Advice that depends on the whole board
 * ("did you mean ...?") is not part of a finding; {@link Validator#adviceFor} gives it when someone looks.
 *
 * @param subject    the name the finding is about, when it is about one written name (a dangling reference); else null
 * @param definition the saga or strategy file the finding is on, or null
 * @param pointer    with a definition: where in the file ({@code /saga/steps/1/compensation}); else null
 */
public record Finding(String ruleId, Severity severity, StickyId sticky, Field field, String message, Fix fix, String subject,
        DefinitionId definition, String pointer) {

    /** Board-level findings first, then those on saga and strategy files, then by sticky; then by rule and message. */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt(
            (Finding finding) -> finding.sticky != null ? 2 : finding.definition != null ? 1 : 0).thenComparing((Finding finding) -> finding.definition,
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing((Finding finding) -> finding.sticky,
                            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Finding::ruleId).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (sticky != null && definition != null) {
            throw new IllegalArgumentException("a finding is on a sticky or on a definition, not both");
        }
    }

    public Finding(String ruleId, Severity severity, StickyId sticky, Field field, String message, Fix fix, String subject) {
        this(ruleId, severity, sticky, field, message, fix, subject, null, null);
    }

    public Finding(String ruleId, Severity severity, StickyId sticky, Field field, String message, Fix fix) {
        this(ruleId, severity, sticky, field, message, fix, null, null, null);
    }

    /** A finding on a saga or strategy file, at {@code pointer} in it. */
    public static Finding onDefinition(RuleInfo rule, DefinitionId definition, String pointer, String message) {
        return new Finding(rule.id(), rule.defaultSeverity(), null, null, message, null, null, definition, pointer);
    }

    public static Finding on(Rule rule, StickyId sticky, Field field, String message) {
        return new Finding(rule.id(), rule.defaultSeverity(), sticky, field, message, null, null);
    }

    public Finding withFix(Fix newFix) {
        return new Finding(ruleId, severity, sticky, field, message, newFix, subject, definition, pointer);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, sticky, field, message, fix, subject, definition, pointer);
    }

    public Finding about(String name) {
        return new Finding(ruleId, severity, sticky, field, message, fix, name, definition, pointer);
    }

    /** The saga or strategy file, or empty for a finding about a sticky or the board. */
    public Optional<DefinitionId> definitionId() {
        return Optional.ofNullable(definition);
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
