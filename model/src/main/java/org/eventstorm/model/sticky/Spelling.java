package org.eventstorm.model.sticky;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds what someone probably meant: the nearest known word to a misspelled one. */
public final class Spelling {
    private Spelling() {
    }

    /**
     * The candidate closest to {@code word} (ignoring case) among those {@link #plausible} for it; ties go to the
     * alphabetically first, so the answer does not depend on the order of the candidates.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String wanted = word.toLowerCase(Locale.ROOT).strip();
        String best = null;
        String bestKey = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String other = candidate.toLowerCase(Locale.ROOT).strip();
            int distance = distance(wanted, other, bestDistance == Integer.MAX_VALUE ? Integer.MAX_VALUE : bestDistance);
            if (distance > bestDistance || !plausible(wanted, other, distance)) {
                continue;
            }
            if (distance < bestDistance || other.compareTo(bestKey) < 0) {
                best = candidate;
                bestKey = other;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * True when {@code other} is plausibly what was meant by {@code wanted}: a few edits away ("Order Shiped"), its
     * words a subset of the other's ("aggregate-invariants"), or sharing a long beginning ("Ordering" and "Orders").
     */
    public static boolean plausible(String wanted, String other) {
        String a = wanted.toLowerCase(Locale.ROOT).strip();
        String b = other.toLowerCase(Locale.ROOT).strip();
        return plausible(a, b, distance(a, b, editsAllowed(a)));
    }

    private static int editsAllowed(String wanted) {
        return Math.max(2, wanted.length() / 4);
    }

    private static boolean plausible(String wanted, String other, int distance) {
        if (distance <= editsAllowed(wanted)) {
            return true;
        }
        List<String> a = words(wanted);
        List<String> b = words(other);
        if (a.size() > 1 && b.size() > 1 && (b.containsAll(a) || a.containsAll(b))) {
            return true;
        }
        int prefix = 0;
        while (prefix < wanted.length() && prefix < other.length() && wanted.charAt(prefix) == other.charAt(prefix)) {
            prefix++;
        }
        return prefix >= 5 && prefix * 10 >= Math.min(wanted.length(), other.length()) * 6;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The Levenshtein distance: how many single-character edits turn {@code a} into {@code b}. */
    public static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE);
    }

    /** The Levenshtein distance, or any value above {@code limit} as soon as it is certain to exceed it. */
    static int distance(String a, String b, int limit) {
        if (limit != Integer.MAX_VALUE && Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
