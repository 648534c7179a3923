package org.eventstorm.model.board;

import java.util.Objects;

/** A top-level key of {@code board.yaml} the tool does not know, kept as its exact YAML text. */
public record UnknownKey(String key, String yaml) {
    public UnknownKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(yaml, "yaml");
    }
}
