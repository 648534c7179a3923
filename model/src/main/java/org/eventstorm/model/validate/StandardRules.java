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
import org.eventstorm.model.validate.rules.SchemaFieldRule;
import org.eventstorm.model.validate.rules.SchemaFromDataCarriedRule;
import org.eventstorm.model.validate.rules.PolicyWithoutCommandRule;
import org.eventstorm.model.validate.rules.PolicyWithoutTriggerRule;
import org.eventstorm.model.validate.rules.UnknownContextRule;
import org.eventstorm.model.validate.rules.UnresolvedHotspotRule;
import org.eventstorm.model.validate.rules.saga.SagaDependencyCycleRule;
import org.eventstorm.model.validate.rules.saga.SagaKeyFieldNotCarriedRule;
import org.eventstorm.model.validate.rules.saga.SagaStepWithoutCompensationRule;
import org.eventstorm.model.validate.rules.saga.SagaStepWithoutTimeoutRule;
import org.eventstorm.model.validate.rules.saga.SagaUnknownReferenceRule;
import org.eventstorm.model.validate.rules.saga.SagaValueNotAllowedRule;
import org.eventstorm.model.validate.rules.versioning.BreakingChangeWithoutMajorRule;
import org.eventstorm.model.validate.rules.versioning.ContractFieldMissingRule;
import org.eventstorm.model.validate.rules.versioning.TooManyActiveVersionsRule;
import org.eventstorm.model.validate.rules.versioning.TransformationGapRule;
import org.eventstorm.model.validate.rules.versioning.VersionPastSunsetRule;
import org.eventstorm.model.validate.rules.versioning.VersioningUnknownReferenceRule;

/** The validator's rules, in the order {@code rules.md} documents them. */
public final class StandardRules {
    private StandardRules() {
    }

    /** Every standard rule: on stickies and on saga and strategy files. */
    public static RuleSet set() {
        return new RuleSet(all(), definitions());
    }

    /** The rules on saga and strategy files, in the order {@code rules.md} documents them. */
    public static List<DefinitionRule> definitions() {
        return List.of(
                new SagaUnknownReferenceRule(),
                new SagaDependencyCycleRule(),
                new SagaStepWithoutCompensationRule(),
                new SagaStepWithoutTimeoutRule(),
                new SagaKeyFieldNotCarriedRule(),
                new SagaValueNotAllowedRule(),
                new VersioningUnknownReferenceRule(),
                new ContractFieldMissingRule(),
                new TransformationGapRule());
    }

    /** The rules on stickies. */
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
                new EventWithoutSchemaRule(),
                new SchemaFromDataCarriedRule(),
                new SchemaFieldRule(),
                new TooManyActiveVersionsRule(),
                new VersionPastSunsetRule(),
                new BreakingChangeWithoutMajorRule());
    }
}
