package org.eventstorm.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** An option's value that must be one of a few words (an enum's constants, written in lower case on the command line). */
final class Choices {
    private Choices() {
    }

    /** The constant {@code value} names, in any case; otherwise a message naming the value and every choice. */
    static <E extends Enum<E>> E of(Class<E> choices, String value) {
        String word = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E choice : choices.getEnumConstants()) {
            if (choice.name().equals(word)) {
                return choice;
            }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not one of " + words(choices));
    }

    /** {@code text, json or sarif}. */
    static <E extends Enum<E>> String words(Class<E> choices) {
        String all = Arrays.stream(choices.getEnumConstants()).map(choice -> choice.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(
                Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
