package org.eventstorm.model.link;

import java.util.Objects;
import org.eventstorm.model.sticky.StickyId;

/** An arrow on the board, from {@code from} to {@code to}, allowed by {@code rule}. */
public record Link(LinkRule rule, StickyId from, StickyId to) {
    public Link {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!rule.accepts(from.kind(), to.kind())) {
            throw new IllegalArgumentException(rule + " cannot link " + from + " to " + to);
        }
    }
}
