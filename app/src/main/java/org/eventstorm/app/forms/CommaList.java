package org.eventstorm.app.forms;

import java.util.Arrays;
import java.util.List;

/** A list of words as a person types it in one field: {@code userId, email}. */
public final class CommaList {
    private CommaList() {
    }

    public static List<String> parse(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }

    public static String join(List<String> words) {
        return String.join(", ", words);
    }
}
