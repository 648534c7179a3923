package org.eventstorm.model.validate.rules.saga;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A saga must say only what the DSL's JSON Schema allows: every saga is checked against the schema (the one statement
 * of the DSL), each refusal located in its file. A closed choice (a step's retry backoff, the compensation order,
 * what a timeout or an error does, the state store's backend) names the values allowed: the saga code cannot honour
 * another, and would otherwise quietly do something else. The state store's table must be a plain SQL name, as the
 * saga code's SQL store writes it into its statements unquoted. A timeout that is not a duration is left to
 * {@code saga-step-without-timeout}, which says how to write one.
 */
public final class SagaValueNotAllowedRule extends DescribedRule implements DefinitionRule {
    private static final Pattern STEP = Pattern.compile("/saga/steps/(\\d+)(/.*)?");

    public SagaValueNotAllowedRule() {
        super("saga-value-not-allowed", "Saga value the DSL does not allow", Severity.ERROR, DefinitionKind.SAGA, Level.DESIGN);
    }

    @Override
    public List<Finding> check(DefinitionId id, Definition definition, ValidationContext context) {
        Saga saga = (Saga) definition;
        List<Finding> findings = new ArrayList<>();
        for (SagaSchema.Violation violation : SagaSchema.violations(saga)) {
            if (violation.keyword().equals("pattern") && violation.pointer().endsWith("/timeout")) {
                continue;
            }
            findings.add(Finding.onDefinition(this, id, violation.pointer(), message(saga, violation)));
        }
        return findings;
    }

    private static String message(Saga saga, SagaSchema.Violation violation) {
        String pointer = violation.pointer();
        String key = pointer.substring(pointer.lastIndexOf('/') + 1);
        String what = describe(saga, pointer, key);
        if (violation.keyword().equals("enum")) {
            return saga.name() + " sets " + what + " to '" + valueAt(saga, pointer) + "', which the saga DSL does not allow, so its code could not"
                    + " do what the file says; use one of " + String.join(", ", violation.allowed());
        }
        if (pointer.equals("/saga/state_persistence/table") && violation.keyword().equals("pattern")) {
            return saga.name() + " keeps its state in table '" + saga.statePersistence().table().strip() + "', which is not a SQL table name the"
                    + " saga code can use unquoted; use up to 56 letters, digits and underscores, not starting with a digit (as saga_state)";
        }
        return saga.name() + ": " + what + " " + violation.message().replaceFirst("^\\S*: ", "") + ", as the saga DSL's schema says";
    }

    /** "the retry backoff of step 'reserve-inventory'" for a step's value, else the key. */
    private static String describe(Saga saga, String pointer, String key) {
        Matcher step = STEP.matcher(pointer);
        if (step.matches()) {
            int index = Integer.parseInt(step.group(1));
            String stepId = index < saga.steps().size() ? saga.steps().get(index).id() : String.valueOf(index + 1);
            if (pointer.endsWith("/retry/backoff")) {
                return "the retry backoff of step '" + stepId + "'";
            }
            return step.group(2) == null ? "step '" + stepId + "'" : "'" + step.group(2).substring(1) + "' of step '" + stepId + "'";
        }
        return pointer.equals("/saga") || pointer.isEmpty() ? "the saga" : key;
    }

    /** The value written at {@code pointer}, for the closed choices the model holds. */
    private static String valueAt(Saga saga, String pointer) {
        if (pointer.endsWith("/retry/backoff")) {
            int index = Integer.parseInt(pointer.split("/")[3]);
            return saga.steps().get(index).retry().backoff().strip();
        }
        return switch (pointer) {
            case "/saga/compensation_order" -> saga.compensationOrder().strip();
            case "/saga/failure_handling/on_timeout" -> saga.failureHandling().onTimeout().strip();
            case "/saga/failure_handling/on_error" -> saga.failureHandling().onError().strip();
            case "/saga/state_persistence/backend" -> saga.statePersistence().backend().strip();
            default -> "";
        };
    }
}
