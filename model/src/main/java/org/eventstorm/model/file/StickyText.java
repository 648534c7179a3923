package org.eventstorm.model.file;

import java.nio.charset.StandardCharsets;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * A sticky as the text of its file and back: how stickies travel through the clipboard between boards, with every
 * section and unknown key intact.
 */
public final class StickyText {
    private StickyText() {
    }

    /** The sticky's file text in canonical form. */
    public static String write(Sticky sticky) {
        return StickyFileWriter.canonical(sticky);
    }

    /**
     * Reads a sticky of {@code kind} from file text.
     *
     * @throws IllegalArgumentException with a {@code line: message} explanation when the text is not a sticky file
     */
    public static Sticky read(StickyKind kind, String text) {
        try {
            return StickyFileParser.parse(StickyId.of(kind, "clipboard"), kind.folder() + "/clipboard.md",
                    text.getBytes(StandardCharsets.UTF_8)).sticky();
        } catch (FormatException e) {
            throw new IllegalArgumentException((e.line() > 0 ? "line " + e.line() + ": " : "") + e.getMessage(), e);
        }
    }
}
