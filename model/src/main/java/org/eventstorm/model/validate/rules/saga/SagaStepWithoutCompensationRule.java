package org.eventstorm.model.validate.rules.saga;

import java.util.ArrayList;
import java.util.List;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaGraph;
import org.eventstorm.model.saga.SagaStep;
import org.eventstorm.model.validate.DefinitionRule;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;
import org.eventstorm.model.validate.rules.DescribedRule;

/**
 * Every step but the last needs a compensation: when a later step fails, the saga must undo what this one did. The
 * last step needs none, as nothing after it can fail; when several steps finish a saga together, each needs one.
 */
public final class SagaStepWithoutCompensationRule extends DescribedRule implements DefinitionRule {
    public SagaStepWithoutCompensationRule() {
        super("saga-step-without-compensation", "Saga step without compensation", Severity.WARNING, DefinitionKind.SAGA, Level.DESIGN);
    }

    @Override
    public List<Finding> check(DefinitionId id, Definition definition, ValidationContext context) {
        Saga saga = (Saga) definition;
        List<List<SagaStep>> waves = new SagaGraph(saga).waves();
        SagaStep last = waves.isEmpty() || waves.get(waves.size() - 1).size() != 1 ? null : waves.get(waves.size() - 1).get(0);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < saga.steps().size(); i++) {
            SagaStep step = saga.steps().get(i);
            if (!step.hasCompensation() && step != last) {
                findings.add(Finding.onDefinition(this, id, "/saga/steps/" + i, "Step '" + step.id() + "' of " + saga.name()
                        + " has no compensation; if a later step fails, what it did stays done. Name the command that undoes "
                        + (step.command().isBlank() ? "it" : step.command())));
            }
        }
        return findings;
    }
}
