package org.eventstorm.model.sticky;

import java.util.List;
import java.util.Optional;

/** Yellow: the consistency boundary that handles commands and emits events ("Order"). */
public record Aggregate(StickyContent content) implements Sticky {
    public Aggregate {
        KindCheck.require(StickyKind.AGGREGATE, content);
    }

    @Override
    public StickyKind kind() {
        return StickyKind.AGGREGATE;
    }

    public Optional<String> context() {
        return content.text(Field.CONTEXT);
    }

    public Optional<String> service() {
        return content.text(Field.SERVICE);
    }

    public Markdown responsibility() {
        return content.markdown(Field.RESPONSIBILITY);
    }

    public List<String> invariants() {
        return content.items(Field.INVARIANTS);
    }

    public List<String> commandsHandled() {
        return content.items(Field.COMMANDS_HANDLED);
    }

    public List<String> eventsEmitted() {
        return content.items(Field.EVENTS_EMITTED);
    }
}
