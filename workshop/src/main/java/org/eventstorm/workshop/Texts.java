package org.eventstorm.workshop;

import org.eventstorm.model.text.InvisibleCharacters;

/**
 * Text from a page made fit for the board: one line, no control or invisible characters, whitespace runs made one
 * space, and within a length; and text from a page quoted back in a message without letting it grow the message.
 */
final class Texts {
    /** A sticky's name: a phrase, not an essay. */
    static final int MAX_NAME = 200;
    /** A participant's name. */
    static final int MAX_PARTICIPANT = 40;

    private Texts() {
    }

    /** {@code text} as one clean line: control and invisible characters become spaces, runs of spaces one. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || InvisibleCharacters.isInvisible(c)
                || Character.isWhitespace(c) ? ' ' : c));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** At most 40 characters of {@code text}, for quoting it in a message. */
    static String shown(String text) {
        String line = oneLine(text);
        return line.length() <= 40 ? line : line.substring(0, 39) + "\u2026";
    }
}
