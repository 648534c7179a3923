package org.eventstorm.model.validate.rules;

import java.util.List;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.Aggregate;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** An aggregate exists to keep rules true; without invariants it is only a name. */
public final class AggregateWithoutInvariantsRule extends DescribedRule implements Rule {
    public AggregateWithoutInvariantsRule() {
        super("aggregate-without-invariants", "Aggregate without invariants",
                Severity.WARNING, Scope.SELF, Level.DESIGN);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof Aggregate aggregate) || !aggregate.content().markdown(Field.INVARIANTS).isEmpty()) {
            return List.of();
        }
        return List.of(Finding.on(this, id, Field.INVARIANTS, "Aggregate '" + aggregate.name()
                + "' has no invariants; list the rules it must always keep true"));
    }
}
