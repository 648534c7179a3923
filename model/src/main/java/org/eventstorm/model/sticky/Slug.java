package org.eventstorm.model.sticky;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as lower-kebab ASCII: "Order Placed" and "OrderPlaced" are both {@code order-placed}. Used for file names
 * and to match references, so that a reference written in another case or style still finds its sticky.
 */
public final class Slug {
    /** Longest slug; longer names are cut at a word boundary. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LOWER_THEN_UPPER = Pattern.compile("(\\p{Ll}|\\d)(\\p{Lu})");
    private static final Pattern ACRONYM_THEN_WORD = Pattern.compile("(\\p{Lu})(\\p{Lu}\\p{Ll})");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Slug() {
    }

    /** The slug of {@code name}; {@code untitled} when nothing of the name is ASCII letters or digits. */
    public static String of(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD);
        text = COMBINING_MARKS.matcher(text).replaceAll("");
        text = LOWER_THEN_UPPER.matcher(text).replaceAll("$1-$2");
        text = ACRONYM_THEN_WORD.matcher(text).replaceAll("$1-$2");
        text = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
        text = NOT_ALPHANUMERIC.matcher(text).replaceAll("-");
        text = trimDashes(text);
        if (text.length() > MAX_LENGTH) {
            int cut = text.lastIndexOf('-', MAX_LENGTH);
            text = trimDashes(text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return text.isEmpty() ? "untitled" : text;
    }

    /** True when {@code slug} is already lower-kebab ASCII. */
    public static boolean isCanonical(String slug) {
        return slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
