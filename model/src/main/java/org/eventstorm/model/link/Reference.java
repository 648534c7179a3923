package org.eventstorm.model.link;

import java.util.Objects;
import java.util.Optional;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.StickyKind;

/**
 * A sticky named in a field, as the person wrote it: {@code Order Placed (success case)} names "Order Placed"
 * with a note; {@code Authorize Payment (policy)} names the policy, not the command of the same name. Emphasis
 * and code spans around the name ({@code **Order**}, {@code `Order Placed`}) are not part of it.
 *
 * @param written   the text as written
 * @param nameStart where the name starts in {@code written}
 * @param nameEnd   where the name ends in {@code written}
 * @param kindHint  the kind named in a trailing parenthesis, if any
 */
public record Reference(String written, int nameStart, int nameEnd, Optional<StickyKind> kindHint) {
    private static final String[] WRAPPERS = {"**", "__", "`", "*", "_"};

    public Reference {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(kindHint, "kindHint");
        if (nameStart < 0 || nameEnd < nameStart || nameEnd > written.length()) {
            throw new IllegalArgumentException("name range " + nameStart + ".." + nameEnd + " is outside '" + written + "'");
        }
    }

    /** Reads a reference from the text of a list item or a front-matter value. */
    public static Reference parse(String written) {
        int start = 0;
        int end = written.length();
        Optional<StickyKind> hint = Optional.empty();
        int close = lastNonSpace(written);
        if (close > 0 && written.charAt(close) == ')') {
            int open = written.lastIndexOf('(', close);
            if (open > 0 && written.indexOf(')', open) == close && !written.substring(0, open).isBlank()) {
                // "Name (note)": the note is not part of the name; a kind in it says which sticky is meant.
                end = open;
                hint = StickyKind.fromWord(written.substring(open + 1, close));
            }
        }
        while (start < end && Character.isWhitespace(written.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(written.charAt(end - 1))) {
            end--;
        }
        boolean unwrapped = true;
        while (unwrapped) {
            unwrapped = false;
            for (String wrapper : WRAPPERS) {
                if (end - start > 2 * wrapper.length() && written.startsWith(wrapper, start) && written.startsWith(wrapper, end - wrapper.length())) {
                    start += wrapper.length();
                    end -= wrapper.length();
                    unwrapped = true;
                }
            }
        }
        return new Reference(written, start, end, hint);
    }

    private static int lastNonSpace(String text) {
        int index = text.length() - 1;
        while (index >= 0 && Character.isWhitespace(text.charAt(index))) {
            index--;
        }
        return index;
    }

    /** The name this reference points at. */
    public String name() {
        return written.substring(nameStart, nameEnd).strip();
    }

    /** The key references match on: the slug of the name. */
    public String key() {
        return Slug.of(name());
    }

    /** True when nothing is named. */
    public boolean isBlank() {
        return name().isEmpty();
    }

    /** The written text with the name replaced, notes and emphasis kept: for renames. */
    public String renamedTo(String newName) {
        return written.substring(0, nameStart) + newName + written.substring(nameEnd);
    }
}
