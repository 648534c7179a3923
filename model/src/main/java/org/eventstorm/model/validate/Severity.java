package org.eventstorm.model.validate;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters; CI fails on findings at or above a chosen level. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The word used in output and configuration: {@code error}, {@code warning}, {@code info}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this is at least as severe as {@code level}. */
    public boolean atLeast(Severity level) {
        return ordinal() <= level.ordinal();
    }

    public static Optional<Severity> fromWord(String word) {
        for (Severity severity : values()) {
            if (severity.word().equalsIgnoreCase(word.strip())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
