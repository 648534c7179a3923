package org.eventstorm.model.validate;

import org.eventstorm.model.board.Level;

/**
 * What every validator rule says of itself: a stable id, a title, how severe its findings are by default, and the
 * workshop level from which it applies (a big picture has no commands to check, so the flow rules wait for process).
 */
public interface RuleInfo {

    /** Stable, kebab-case: {@code dangling-reference}; used in output and in {@code board.yaml}'s {@code rules:}. */
    String id();

    /** One line for documentation and SARIF: "Dangling reference". */
    String title();

    Severity defaultSeverity();

    /** The first level this rule checks at; it checks every deeper level too. */
    Level level();

    /** How severe its findings are on a board at {@code boardLevel} when {@code board.yaml} does not say. */
    default Severity severityAt(Level boardLevel) {
        return defaultSeverity();
    }

    /** True when this rule checks a board at {@code boardLevel}. */
    /**
     * True for a rule that reads names as English grammar (tense, mood): it runs only on boards written in English
     * ({@code language:} in {@code board.yaml}, English when absent). Every other rule is language-free.
     */
    default boolean readsEnglish() {
        return false;
    }

    default boolean appliesAt(Level boardLevel) {
        return boardLevel.compareTo(level()) >= 0;
    }
}
