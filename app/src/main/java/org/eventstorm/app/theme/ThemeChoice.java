package org.eventstorm.app.theme;

import java.util.Locale;
import java.util.Optional;

/** What the person chose for the look: follow the system, or always light, or always dark. */
public enum ThemeChoice {
    SYSTEM("Follow the System"), LIGHT("Light"), DARK("Dark");

    private final String title;

    ThemeChoice(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The word kept in the preferences. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ThemeChoice> fromWord(String word) {
        for (ThemeChoice choice : values()) {
            if (choice.word().equals(word)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
