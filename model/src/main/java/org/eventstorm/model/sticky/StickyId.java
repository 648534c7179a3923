package org.eventstorm.model.sticky;

import java.util.Objects;
import java.util.Optional;

/**
 * A sticky's identity within a board: {@code <folder>/<stem>}, e.g. {@code events/order-placed}. The stem is
 * the file name without {@code .md}; for stickies the tool creates it is the {@link Slug} of the name, for
 * files written by hand it is whatever safe name the file has.
 */
public record StickyId(StickyKind kind, String stem) implements Comparable<StickyId> {
    private static final int MAX_STEM = 200;

    public StickyId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stem, "stem");
        if (!isSafeStem(stem)) {
            throw new IllegalArgumentException("'" + stem + "' cannot be a sticky file name");
        }
    }

    /** The id for a slug or file stem in {@code kind}'s folder. */
    public static StickyId of(StickyKind kind, String stem) {
        return new StickyId(kind, stem);
    }

    /** Parses {@code events/order-placed}; empty when the folder is not a kind's or the stem is unsafe. */
    public static Optional<StickyId> parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            return Optional.empty();
        }
        String stem = text.substring(slash + 1);
        if (!isSafeStem(stem)) {
            return Optional.empty();
        }
        return StickyKind.fromFolder(text.substring(0, slash)).map(kind -> new StickyId(kind, stem));
    }

    /**
     * True for a file stem the tool can read and write inside a kind folder: not empty, no path separators,
     * no control characters, no leading dot (so no {@code .} or {@code ..}), not absurdly long.
     */
    public static boolean isSafeStem(String stem) {
        if (stem.isEmpty() || stem.length() > MAX_STEM || stem.charAt(0) == '.' || !stem.strip().equals(stem)) {
            return false;
        }
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** The path of the sticky's file relative to the board folder. */
    public String fileName() {
        return kind.folder() + "/" + stem + ".md";
    }

    @Override
    public int compareTo(StickyId other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : stem.compareTo(other.stem);
    }

    @Override
    public String toString() {
        return kind.folder() + "/" + stem;
    }
}
