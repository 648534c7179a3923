package org.eventstorm.model.validate;

import java.util.List;
import org.eventstorm.model.validate.rules.AggregateWithoutInvariantsRule;
import org.eventstorm.model.validate.rules.AmbiguousReferenceRule;
import org.eventstorm.model.validate.rules.CommandNotImperativeRule;
import org.eventstorm.model.validate.rules.CommandWithoutEventRule;
import org.eventstorm.model.validate.rules.DanglingReferenceRule;
import org.eventstorm.model.validate.rules.DuplicateNameRule;
import org.eventstorm.model.validate.rules.EventNotPastTenseRule;
import org.eventstorm.model.validate.rules.EventTypeFormatRule;
import org.eventstorm.model.validate.rules.EventWithoutConsumerRule;
import org.eventstorm.model.validate.rules.EventWithoutProducerRule;
import org.eventstorm.model.validate.rules.EventWithoutSchemaRule;
import org.eventstorm.model.validate.rules.PolicyWithoutCommandRule;
import org.eventstorm.model.validate.rules.PolicyWithoutTriggerRule;
import org.eventstorm.model.validate.rules.UnknownContextRule;
import org.eventstorm.model.validate.rules.UnresolvedHotspotRule;

/** The rules of DESIGN.md section 3, in the order {@code rules.md} documents them. */
public final class StandardRules {
    private StandardRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new UnresolvedHotspotRule(),
                new DanglingReferenceRule(),
                new AmbiguousReferenceRule(),
                new DuplicateNameRule(),
                new EventNotPastTenseRule(),
                new CommandNotImperativeRule(),
                new CommandWithoutEventRule(),
                new EventWithoutProducerRule(),
                new EventWithoutConsumerRule(),
                new PolicyWithoutTriggerRule(),
                new PolicyWithoutCommandRule(),
                new AggregateWithoutInvariantsRule(),
                new EventTypeFormatRule(),
                new UnknownContextRule(),
                new EventWithoutSchemaRule());
    }
}
