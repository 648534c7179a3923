package org.eventstorm.model.sticky;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Names as lower-kebab ASCII: "Order Placed" and "OrderPlaced" are both {@code order-placed}. Used for file names
 * and to match references, so that a reference written in another case or style still finds its sticky.
 */
public final class Slug {
    /** Longest slug; longer names are cut at a word boundary. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Slug() {
    }

    /** The slug of {@code name}; {@code untitled} when nothing of the name is ASCII letters or digits. */
    public static String of(String name) {
        String text = isAscii(name) ? name : COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").replace("ß", "ss");
        StringBuilder slug = new StringBuilder(text.length() + 8);
        boolean pendingDash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lowerOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!upper && !lowerOrDigit) {
                pendingDash = slug.length() > 0;
                continue;
            }
            if (upper && i > 0 && slug.length() > 0 && !pendingDash) {
                char previous = text.charAt(i - 1);
                boolean previousLowerOrDigit = (previous >= 'a' && previous <= 'z') || (previous >= '0' && previous <= '9');
                boolean previousUpper = previous >= 'A' && previous <= 'Z';
                boolean nextLower = i + 1 < text.length() && text.charAt(i + 1) >= 'a' && text.charAt(i + 1) <= 'z';
                // "orderPlaced" -> order-placed; "HTTPServer" -> http-server
                pendingDash = previousLowerOrDigit || (previousUpper && nextLower);
            }
            if (pendingDash) {
                slug.append('-');
                pendingDash = false;
            }
            slug.append(upper ? (char) (c + ('a' - 'A')) : c);
        }
        String result = slug.toString();
        if (result.length() > MAX_LENGTH) {
            int cut = result.lastIndexOf('-', MAX_LENGTH);
            result = trimDashes(result.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return result.isEmpty() ? "untitled" : result;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
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
