package org.eventstorm.model.sticky;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The colours a free note's {@code color:} may name: one of a palette of words, soft enough for black text and apart
 * from the kinds' own, or any {@code #RRGGBB}.
 */
public final class NoteColors {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("grey", "#E9ECEF");
        WORDS.put("white", "#FFFFFF");
        WORDS.put("yellow", "#FFF3A3");
        WORDS.put("orange", "#FFD8A8");
        WORDS.put("red", "#FFC9C9");
        WORDS.put("pink", "#FCC2D7");
        WORDS.put("purple", "#E5DBFF");
        WORDS.put("blue", "#D0EBFF");
        WORDS.put("teal", "#C3FAE8");
        WORDS.put("green", "#D3F9D8");
    }

    private NoteColors() {
    }

    /** The palette's words, in the order a chooser offers them. */
    public static List<String> words() {
        return List.copyOf(WORDS.keySet());
    }

    /** The colour {@code sticky} has of its own as {@code #RRGGBB}: a free note's, when its {@code color:} names one; every other kind has its kind's. */
    public static Optional<String> ownHex(Sticky sticky) {
        return sticky.kind() == StickyKind.NOTE ? hexOf(sticky.color()) : Optional.empty();
    }

    /** The {@code #RRGGBB} that {@code color} names (a palette word in any case, or a hex colour); empty for anything else. */
    public static Optional<String> hexOf(String color) {
        String given = color == null ? "" : color.strip();
        if (HEX.matcher(given).matches()) {
            return Optional.of(given.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(WORDS.get(given.toLowerCase(Locale.ROOT)));
    }
}
