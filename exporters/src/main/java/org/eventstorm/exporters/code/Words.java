package org.eventstorm.exporters.code;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A name from the board as the words an identifier is built from: ASCII letters and digits only (accents dropped;
 * a letter with no ASCII form becomes {@code U} and its code point, so every name gives a usable, stable identifier).
 */
public record Words(List<String> words) {
    public Words {
        words = List.copyOf(words);
    }

    /** The words of {@code name}: split at spaces, punctuation and lower-to-upper changes ("ReserveInventory", "reserve-inventory"). */
    public static Words of(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < folded.length();) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c < 128 && Character.isLetterOrDigit(c)) {
                char ch = (char) c;
                boolean boundary = word.length() > 0 && (Character.isUpperCase(ch) && Character.isLowerCase(previous)
                        || Character.isDigit(ch) != Character.isDigit(previous) && Character.isLetter(previous) && Character.isDigit(ch));
                if (boundary) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                word.append(ch);
                previous = ch;
            } else if (Character.isLetterOrDigit(c)) {
                word.append('U').append(Integer.toHexString(c).toUpperCase(Locale.ROOT));
                previous = 'U';
            } else {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                previous = 0;
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return new Words(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** {@code ReserveInventory}. */
    public String pascal() {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return out.toString();
    }

    /** {@code reserveInventory}. */
    public String camel() {
        String pascal = pascal();
        return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    /** {@code RESERVE_INVENTORY}. */
    public String constant() {
        return String.join("_", words.stream().map(word -> word.toUpperCase(Locale.ROOT)).toList());
    }

    /** {@code reserve_inventory}. */
    public String snake() {
        return String.join("_", words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList());
    }

    /** {@code reserve-inventory}. */
    public String kebab() {
        return String.join("-", words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList());
    }

    /** {@code reserveinventory}: a Go package name. */
    public String lower() {
        return String.join("", words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList());
    }

    /** These words, or {@code fallback}'s when there are none; a leading digit gets {@code prefix} as a first word. */
    public Words orElse(String fallback, String prefix) {
        Words result = isEmpty() ? Words.of(fallback) : this;
        if (Character.isDigit(result.words.get(0).charAt(0))) {
            List<String> prefixed = new ArrayList<>();
            prefixed.add(prefix);
            prefixed.addAll(result.words);
            result = new Words(prefixed);
        }
        return result;
    }

    /** These words with a number added: {@code Inventory Service 2}. */
    public Words numbered(int n) {
        List<String> more = new ArrayList<>(words);
        more.add(Integer.toString(n));
        return new Words(more);
    }

}
