package org.eventstorm.model.versioning;

import java.util.Optional;

/** The three strategies of the feature spec, by the word their files use. */
public enum StrategyType {
    PARALLEL_VERSIONS("parallel-versions", "Parallel versions (a topic per version)"), SINGLE_WRITER("single-writer",
            "Single writer (one canonical version, transformed per consumer)"), CONSUMER_DRIVEN_CONTRACTS("consumer-driven-contracts",
                    "Consumer-driven contracts");

    private final String word;
    private final String title;

    StrategyType(String word, String title) {
        this.word = word;
        this.title = title;
    }

    /** {@code parallel-versions}: the value of {@code strategy:}. */
    public String word() {
        return word;
    }

    public String title() {
        return title;
    }

    public static Optional<StrategyType> fromWord(String word) {
        for (StrategyType type : values()) {
            if (type.word.equalsIgnoreCase(word.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
