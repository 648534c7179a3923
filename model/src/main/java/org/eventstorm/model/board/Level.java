package org.eventstorm.model.board;

import java.util.Optional;

/** How deep the workshop goes: big picture (events and hotspots), process (the flow), design (aggregates). */
public enum Level {
    BIG_PICTURE("big-picture"),
    PROCESS("process"),
    DESIGN("design");

    private final String word;

    Level(String word) {
        this.word = word;
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
