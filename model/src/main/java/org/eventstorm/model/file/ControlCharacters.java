package org.eventstorm.model.file;

/**
 * Finds a control character (other than tab and line ends) in YAML text before it is parsed, so the message names
 * its line and says what to do: YAML forbids them, and its parser reports them at the wrong place.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /** @throws FormatException naming the 1-based line of the first control character in {@code text} */
    static void refuse(String text) throws FormatException {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\u0085') {
                throw new FormatException(line, String.format("contains the control character U+%04X, which YAML does not"
                        + " allow; remove it", (int) c));
            }
        }
    }
}
