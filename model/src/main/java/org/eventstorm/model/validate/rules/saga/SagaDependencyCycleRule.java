package org.eventstorm.model.validate.rules.saga;

import java.util.List;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaGraph;
import org.eventstorm.model.validate.DefinitionRule;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;
import org.eventstorm.model.validate.rules.DescribedRule;

/** Steps that depend on each other round a circle can never start. */
public final class SagaDependencyCycleRule extends DescribedRule implements DefinitionRule {
    public SagaDependencyCycleRule() {
        super("saga-dependency-cycle", "Saga depends_on cycle", Severity.ERROR, DefinitionKind.SAGA, Level.DESIGN);
    }

    @Override
    public List<Finding> check(DefinitionId id, Definition definition, ValidationContext context) {
        Saga saga = (Saga) definition;
        return new SagaGraph(saga).cycle().map(cycle -> List.of(Finding.onDefinition(this, id,
                "/saga/steps/" + saga.indexOf(cycle.get(0)) + "/depends_on",
                saga.name() + " can never start " + String.join(", ", cycle.subList(0, cycle.size() - 1)) + ": they depend on each other ("
                        + String.join(" -> ", cycle) + "); remove one of these depends_on"))).orElse(List.of());
    }
}
