package org.eventstorm.model.text;

/**
 * Characters that change how the text around them reads without being seen themselves: the bidirectional controls
 * that reorder what an editor or a code review shows ("Trojan Source"), the byte order mark (which Go refuses inside
 * a file), zero-width spaces and joiners of words, the soft hyphen, and the line and paragraph separators that
 * JavaScript reads as line ends. Unicode calls most of them format characters (category Cf). The two joiners that
 * scripts and emoji need to be drawn right (U+200C, U+200D) and the emoji tag characters are not counted: they hide
 * nothing.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** Whether {@code codePoint} is one of the invisible characters. */
    public static boolean isInvisible(int codePoint) {
        if (codePoint < 0xAD) {
            return false;
        }
        if (codePoint == 0x200C || codePoint == 0x200D || codePoint >= 0xE0020 && codePoint <= 0xE007F) {
            return false;
        }
        return codePoint == 0x2028 || codePoint == 0x2029 || Character.getType(codePoint) == Character.FORMAT;
    }

    /** Whether {@code text} holds an invisible character. */
    public static boolean any(CharSequence text) {
        return firstIndex(text) >= 0;
    }

    /** The index of the first invisible character in {@code text}, or -1. */
    public static int firstIndex(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xAD && isInvisible(Character.codePointAt(text, i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} without its invisible characters. */
    public static String strip(String text) {
        return replace(text, Replacement.REMOVE);
    }

    /** {@code text} with each invisible character replaced as {@code replacement} says. */
    public static String replace(String text, Replacement replacement) {
        int first = firstIndex(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                out.append(replacement.of(c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** {@code U+202E RIGHT-TO-LEFT OVERRIDE}: the character as a message names it. */
    public static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format("U+%04X%s", codePoint, name == null ? "" : " " + name);
    }

    /** What an invisible character becomes in a file of some kind. */
    public enum Replacement {
        /** Nothing: code comments, markdown, YAML. */
        REMOVE,
        /** A JSON string escape, the same character for every reader: {@code \u202e}. */
        JSON_ESCAPE,
        /** An XML character reference: {@code &#x202E;}. */
        XML_REFERENCE;

        String of(int codePoint) {
            return switch (this) {
                case REMOVE -> "";
                case JSON_ESCAPE -> codePoint > 0xFFFF
                        ? String.format("\\u%04x\\u%04x", (int) Character.highSurrogate(codePoint), (int) Character.lowSurrogate(codePoint))
                        : String.format("\\u%04x", codePoint);
                case XML_REFERENCE -> String.format("&#x%X;", codePoint);
            };
        }
    }
}
