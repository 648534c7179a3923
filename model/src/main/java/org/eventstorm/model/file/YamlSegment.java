package org.eventstorm.model.file;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One top-level key of a YAML mapping as it was written.
 *
 * @param line   the key's line, 1-based within the YAML text
 * @param trivia the blank and comment lines just above the key, exactly as written
 * @param text   the key's own lines (key line and nested lines), exactly as written
 * @param value  the parsed value; null in a document kept to write back ({@link YamlDocument#asWritten()})
 * @param scalar the value as written when it is a scalar ({@code 007} stays {@code 007}); null otherwise
 */
record YamlSegment(String key, int line, String trivia, String text, JsonNode value, String scalar) {

    /** This entry as kept to write back: its text, and its scalar as written, without the parsed value. */
    YamlSegment withoutValue() {
        return value == null ? this : new YamlSegment(key, line, trivia, text, null, scalar);
    }

    boolean isScalar() {
        return scalar != null;
    }

    /** The entry's text without its final line end: how an unknown entry is kept in the model. */
    String textWithoutNewline() {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
