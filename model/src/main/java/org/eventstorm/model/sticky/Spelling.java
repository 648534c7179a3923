package org.eventstorm.model.sticky;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds what someone probably meant: the nearest known word to a misspelled one. */
public final class Spelling {
    private Spelling() {
    }

    /** The candidate closest to {@code word} (ignoring case), if one is within a few edits of it. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String wanted = word.toLowerCase(Locale.ROOT).strip();
        int allowed = Math.max(2, wanted.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT).strip());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The Levenshtein distance: how many single-character edits turn {@code a} into {@code b}. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
