package org.eventstorm.model.validate;

import java.util.Objects;
import java.util.Optional;

/**
 * Advice on a finding that depends on the rest of the board, computed when someone looks at the finding:
 * "did you mean 'Order Shipped'?", with the edit that would make it so.
 */
public record Advice(String text, Fix fix) {
    public Advice {
        Objects.requireNonNull(text, "text");
    }

    public Optional<Fix> suggestedFix() {
        return Optional.ofNullable(fix);
    }
}
