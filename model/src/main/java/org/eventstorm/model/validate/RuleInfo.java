package org.eventstorm.model.validate;

/** What every validator rule says of itself: a stable id, a title, how severe its findings are by default. */
public interface RuleInfo {

    /** Stable, kebab-case: {@code dangling-reference}; used in output and in {@code board.yaml}'s {@code rules:}. */
    String id();

    /** One line for documentation and SARIF: "Dangling reference". */
    String title();

    Severity defaultSeverity();
}
