package org.eventstorm.model.sticky;

import java.util.List;
import java.util.Optional;

/** Blue: an intention to change the domain, named in the imperative ("Place Order"). */
public record Command(StickyContent content) implements Sticky {
    public Command {
        KindCheck.require(StickyKind.COMMAND, content);
    }

    @Override
    public StickyKind kind() {
        return StickyKind.COMMAND;
    }

    /** The actor who issues it, by name. */
    public Optional<String> actor() {
        return content.text(Field.ACTOR);
    }

    public Optional<String> context() {
        return content.text(Field.CONTEXT);
    }

    /** The service that handles it ("inventory-service"). */
    public Optional<String> service() {
        return content.text(Field.SERVICE);
    }

    /** The command that undoes it, by name. */
    public Optional<String> compensation() {
        return content.text(Field.COMPENSATION);
    }

    /** How long a saga step waits for it, as written ("5s"). */
    public Optional<String> timeout() {
        return content.text(Field.TIMEOUT);
    }

    public Optional<Retry> retry() {
        return content.get(Field.RETRY).map(Retry.class::cast);
    }

    public Markdown intent() {
        return content.markdown(Field.INTENT);
    }

    public List<String> preconditions() {
        return content.items(Field.PRECONDITIONS);
    }

    public List<String> businessRules() {
        return content.items(Field.BUSINESS_RULES);
    }

    /** The events it produces, as written ("Order Placed (success case)"). */
    public List<String> producesEvents() {
        return content.items(Field.PRODUCES_EVENTS);
    }
}
