package org.eventstorm.model.file;

/**
 * One string object for each short key or value a board repeats. A board's files say {@code kind}, {@code context},
 * {@code string} and its contexts' names thousands of times; the YAML parser makes each a new string, which the board
 * then keeps (some 40 strings a sticky, three in four a repeat). The JVM's string table is the pool: a string no
 * board holds any more is collected from it.
 */
final class CanonicalStrings {
    /** Longer values (descriptions, sections) are seldom repeated and are kept as read. */
    static final int MAX_LENGTH = 64;

    private CanonicalStrings() {
    }

    static String of(String text) {
        return text == null || text.length() > MAX_LENGTH ? text : text.intern();
    }
}
