package org.eventstorm.model.validate.rules.versioning;

import java.util.List;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;
import org.eventstorm.model.validate.rules.DescribedRule;
import org.eventstorm.model.versioning.EventVersions;

/** More than three versions of an event in use at once is version sprawl (the feature spec's success metric). */
public final class TooManyActiveVersionsRule extends DescribedRule implements Rule {
    static final int MAX_ACTIVE = 3;

    public TooManyActiveVersionsRule() {
        super("too-many-active-versions", "More than three active versions", Severity.WARNING, Scope.SELF, Level.DESIGN);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent event)) {
            return List.of();
        }
        List<String> active = event.versions().stream().filter(EventVersions::isActive).map(EventVersion::version).toList();
        if (active.size() <= MAX_ACTIVE) {
            return List.of();
        }
        return List.of(Finding.on(this, id, Field.VERSIONS, "'" + event.name() + "' has " + active.size() + " active versions ("
                + String.join(", ", active) + "); retire the oldest once its consumers have moved, to keep at most " + MAX_ACTIVE));
    }
}
