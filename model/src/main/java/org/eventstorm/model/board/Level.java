package org.eventstorm.model.board;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.sticky.StickyKind;

/**
 * How deep the workshop goes: big picture (events, hotspots, the people and systems around them), process (the
 * flow: commands, policies, read models), design (aggregates too).
 */
public enum Level {
    BIG_PICTURE("big-picture"),
    PROCESS("process"),
    DESIGN("design");

    private final String word;

    Level(String word) {
        this.word = word;
    }

    /** The kinds a workshop at this level writes, in the palette's order. */
    public Set<StickyKind> kinds() {
        return switch (this) {
            case BIG_PICTURE -> EnumSet.of(StickyKind.EVENT, StickyKind.HOTSPOT, StickyKind.ACTOR, StickyKind.EXTERNAL_SYSTEM);
            case PROCESS -> EnumSet.complementOf(EnumSet.of(StickyKind.AGGREGATE));
            case DESIGN -> EnumSet.allOf(StickyKind.class);
        };
    }

    /** "Big picture", for menus. */
    public String title() {
        return switch (this) {
            case BIG_PICTURE -> "Big picture";
            case PROCESS -> "Process";
            case DESIGN -> "Design";
        };
    }

    /** The word {@code board.yaml} uses. */
    public String word() {
        return word;
    }

    public static Optional<Level> fromWord(String word) {
        for (Level level : values()) {
            if (level.word.equals(word)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
