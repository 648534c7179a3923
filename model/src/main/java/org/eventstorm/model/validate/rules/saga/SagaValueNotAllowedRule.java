package org.eventstorm.model.validate.rules.saga;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.file.SagaSchema;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.validate.DefinitionRule;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;
import org.eventstorm.model.validate.rules.DescribedRule;

/**
 * A saga's closed-choice values (a step's retry backoff, the compensation order, what a timeout or an error does, the
 * state store's backend) must be ones the DSL's JSON Schema allows: the saga code cannot honour another, and would
 * otherwise quietly do something else.
 */
public final class SagaValueNotAllowedRule extends DescribedRule implements DefinitionRule {
    public SagaValueNotAllowedRule() {
        super("saga-value-not-allowed", "Saga value the DSL does not allow", Severity.ERROR, DefinitionKind.SAGA, Level.DESIGN);
    }

    @Override
    public List<Finding> check(DefinitionId id, Definition definition, ValidationContext context) {
        Saga saga = (Saga) definition;
        List<Finding> findings = new ArrayList<>();
        Map<String, List<String>> allowed = SagaSchema.allowedValues();
        check(saga, id, "/saga/compensation_order", saga.compensationOrder(), allowed, findings);
        check(saga, id, "/saga/failure_handling/on_timeout", saga.failureHandling().onTimeout(), allowed, findings);
        check(saga, id, "/saga/failure_handling/on_error", saga.failureHandling().onError(), allowed, findings);
        check(saga, id, "/saga/state_persistence/backend", saga.statePersistence().backend(), allowed, findings);
        for (int i = 0; i < saga.steps().size(); i++) {
            String value = saga.steps().get(i).retry().backoff();
            List<String> values = allowed.get("/saga/steps/*/retry/backoff");
            if (!value.isBlank() && values != null && !values.contains(value.strip())) {
                findings.add(finding(saga, id, "/saga/steps/" + i + "/retry/backoff", "the retry backoff of step '" + saga.steps().get(i).id() + "'",
                        value, values));
            }
        }
        return findings;
    }

    private void check(Saga saga, DefinitionId id, String path, String value, Map<String, List<String>> allowed, List<Finding> findings) {
        List<String> values = allowed.get(path);
        if (!value.isBlank() && values != null && !values.contains(value.strip())) {
            findings.add(finding(saga, id, path, path.substring(path.lastIndexOf('/') + 1), value, values));
        }
    }

    private Finding finding(Saga saga, DefinitionId id, String path, String what, String value, List<String> values) {
        return Finding.onDefinition(this, id, path, saga.name() + " sets " + what + " to '" + value.strip() + "', which the saga DSL does not"
                + " allow, so its code could not do what the file says; use one of " + String.join(", ", values));
    }
}
