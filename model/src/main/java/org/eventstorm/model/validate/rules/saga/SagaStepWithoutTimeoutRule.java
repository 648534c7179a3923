package org.eventstorm.model.validate.rules.saga;

import java.util.ArrayList;
import java.util.List;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaStep;
import org.eventstorm.model.saga.Timeouts;
import org.eventstorm.model.validate.DefinitionRule;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;
import org.eventstorm.model.validate.rules.DescribedRule;

/** A step without a timeout can hang a saga for ever; a timeout must read as a duration (5s, 500ms, 2m, 1h30m). */
public final class SagaStepWithoutTimeoutRule extends DescribedRule implements DefinitionRule {
    public SagaStepWithoutTimeoutRule() {
        super("saga-step-without-timeout", "Saga step without timeout", Severity.WARNING, DefinitionKind.SAGA, Level.DESIGN);
    }

    @Override
    public List<Finding> check(DefinitionId id, Definition definition, ValidationContext context) {
        Saga saga = (Saga) definition;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < saga.steps().size(); i++) {
            SagaStep step = saga.steps().get(i);
            if (step.timeout().isBlank()) {
                findings.add(Finding.onDefinition(this, id, "/saga/steps/" + i, "Step '" + step.id() + "' of " + saga.name()
                        + " has no timeout, so a service that never answers holds the saga for ever; add one such as timeout: 5s"));
            } else if (Timeouts.parse(step.timeout()).isEmpty()) {
                findings.add(Finding.onDefinition(this, id, "/saga/steps/" + i + "/timeout", "Step '" + step.id() + "' has the timeout '"
                        + step.timeout() + "', which is not a duration; write it as 5s, 500ms, 2m or 1h30m"));
            }
        }
        return findings;
    }
}
