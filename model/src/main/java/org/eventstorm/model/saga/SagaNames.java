package org.eventstorm.model.saga;

import java.util.Locale;
import org.eventstorm.model.sticky.Slug;

/**
 * How the saga DSL names what the board names: the DSL writes {@code ReserveInventory} for the command the board calls
 * "Reserve Inventory". Both are matched by the same key, so a hand-written saga may use either form.
 */
public final class SagaNames {
    private SagaNames() {
    }

    /** The name as the DSL writes it: each word capitalised, joined ("Reserve Inventory" becomes ReserveInventory). */
    public static String pascal(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean startOfWord = true;
        for (int i = 0; i < name.length();) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(startOfWord ? Character.toUpperCase(c) : c);
                startOfWord = false;
            } else {
                startOfWord = true;
            }
        }
        return out.toString();
    }

    /** The words of a DSL name ("OrderPlaced" becomes "Order Placed"); a name with spaces is kept. */
    public static String words(String name) {
        if (name.strip().contains(" ")) {
            return name.strip();
        }
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && (Character.isLowerCase(name.charAt(i - 1))
                    || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1)))) {
                out.append(' ');
            }
            out.append(c == '-' || c == '_' ? ' ' : c);
        }
        return out.toString().strip();
    }

    /** {@code newName} written the way {@code written} was: in the DSL's joined form, or as words. */
    public static String restyled(String written, String newName) {
        return written.strip().contains(" ") ? newName.strip() : pascal(newName);
    }

    /** The key a DSL name and a board name share: the slug of its words. */
    public static String key(String name) {
        return Slug.of(words(name));
    }

    /** A service's short name for prose: "inventory-service" becomes "inventory". */
    public static String serviceWord(String service) {
        String word = service.strip().toLowerCase(Locale.ROOT);
        if (word.endsWith("-service") || word.endsWith("_service")) {
            word = word.substring(0, word.length() - "-service".length());
        }
        return word.replace('-', ' ').replace('_', ' ');
    }
}
