package org.eventstorm.model.validate.rules;

import java.util.List;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Policy;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** A policy with no {@code trigger_event}: "whenever ..." what? */
public final class PolicyWithoutTriggerRule extends DescribedRule implements Rule {
    public PolicyWithoutTriggerRule() {
        super("policy-without-trigger", "Policy without trigger event",
                Severity.WARNING, Scope.SELF, Level.PROCESS);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof Policy policy) || policy.triggerEvent().isPresent()) {
            return List.of();
        }
        return List.of(Finding.on(this, id, Field.TRIGGER_EVENT, "Policy '" + policy.name()
                + "' has no trigger event; draw an arrow from the event it reacts to"));
    }
}
