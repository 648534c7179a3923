package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.Set;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** An event nothing reacts to: no policy it triggers, no read model built from it (the catalog's consumer rule). */
public final class EventWithoutConsumerRule extends DescribedRule implements Rule {
    public EventWithoutConsumerRule() {
        super("event-without-consumer", "Event without consumer",
                Severity.WARNING, Scope.INCOMING, Level.PROCESS);
    }

    private static final Set<LinkRule> CONSUMING = Set.of(LinkRule.EVENT_TRIGGERS_POLICY, LinkRule.EVENT_BUILDS_READ_MODEL);

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent)) {
            return List.of();
        }
        if (context.incoming(id).stream().anyMatch(reference -> CONSUMING.contains(reference.rule()))) {
            return List.of();
        }
        return List.of(Finding.on(this, id, Field.NAME, "Nobody reacts to event '" + sticky.name()
                + "': no policy is triggered by it and no read model is built from it"));
    }
}
