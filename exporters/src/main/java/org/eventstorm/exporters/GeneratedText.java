package org.eventstorm.exporters;

import java.util.Locale;
import org.eventstorm.model.text.InvisibleCharacters;

/**
 * The last word on the characters of every text file an export writes: no invisible character from the board (a
 * bidirectional override, a byte order mark, a zero-width space; see {@link InvisibleCharacters}) reaches a generated
 * file as itself, where it could make code read differently in a review than it compiles ("Trojan Source"), or break
 * a build (Go refuses a byte order mark inside a file). In JSON and Avro schemas such a character becomes an escape,
 * which every reader reads back as the same character; in SVG a character reference; everywhere else (code, where
 * string literals already escape every character beyond ASCII and only comments could hold one; markdown, MDX, YAML)
 * it is removed.
 */
final class GeneratedText {
    private GeneratedText() {
    }

    /** {@code text}, to be written at {@code relative}, without raw invisible characters. */
    static String clean(String relative, String text) {
        if (!InvisibleCharacters.any(text)) {
            return text;
        }
        String name = relative.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".avsc")) {
            return InvisibleCharacters.replace(text, InvisibleCharacters.Replacement.JSON_ESCAPE);
        }
        if (name.endsWith(".svg") || name.endsWith(".xml") || name.endsWith(".html")) {
            return InvisibleCharacters.replace(text, InvisibleCharacters.Replacement.XML_REFERENCE);
        }
        return InvisibleCharacters.strip(text);
    }
}
