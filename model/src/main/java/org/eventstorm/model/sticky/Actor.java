package org.eventstorm.model.sticky;

import java.util.Optional;

/** Pale yellow: a person or role who issues commands ("Customer"). */
public record Actor(StickyContent content) implements Sticky {
    public Actor {
        KindCheck.require(StickyKind.ACTOR, content);
    }

    @Override
    public StickyKind kind() {
        return StickyKind.ACTOR;
    }

    public Optional<String> context() {
        return content.text(Field.CONTEXT);
    }

    public Markdown description() {
        return content.markdown(Field.DESCRIPTION);
    }
}
