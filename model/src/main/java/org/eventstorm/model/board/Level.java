package org.eventstorm.model.board;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyKind;

/**
 * How deep the workshop goes: big picture (events, hotspots, the people and systems around them), process (the
 * flow: commands, policies, read models), design (aggregates too).
 */
public enum Level {
    BIG_PICTURE("big-picture"), PROCESS("process"), DESIGN("design");

    private final String word;

    Level(String word) {
        this.word = word;
    }

    /** The kinds a workshop at this level writes, in the palette's order. */
    public Set<StickyKind> kinds() {
        return switch (this) {
            case BIG_PICTURE -> EnumSet.of(StickyKind.EVENT, StickyKind.HOTSPOT, StickyKind.ACTOR, StickyKind.EXTERNAL_SYSTEM, StickyKind.NOTE);
            case PROCESS -> EnumSet.complementOf(EnumSet.of(StickyKind.AGGREGATE));
            case DESIGN -> EnumSet.allOf(StickyKind.class);
        };
    }

    /** True when a workshop at this level writes stickies of {@code kind}. */
    public boolean has(StickyKind kind) {
        return kinds().contains(kind);
    }

    /** The first level whose workshop writes {@code kind}: commands first come up at process level. */
    public static Level firstWith(StickyKind kind) {
        for (Level level : values()) {
            if (level.has(kind)) {
                return level;
            }
        }
        return DESIGN;
    }

    /**
     * True when a sticky's {@code field} is something to fill in at this level: a big picture names events and says
     * what triggers them; data carried and the commands a system receives come with the process; services, event
     * types, versions, schemas, timeouts, retries and compensations are design.
     */
    public boolean has(Field field) {
        return compareTo(firstWith(field)) >= 0;
    }

    /** The first level at which {@code field} is filled in. */
    public static Level firstWith(Field field) {
        return switch (field) {
            case SERVICE, EVENT_TYPE, VERSION, SCHEMA, VERSIONS, COMPENSATION, TIMEOUT, RETRY -> DESIGN;
            case DATA_CARRIED, RECEIVES_COMMANDS, TRIGGER_EVENT, ISSUES_COMMAND -> PROCESS;
            default -> BIG_PICTURE;
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
