package org.eventstorm.model.validate.rules.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.validate.DefinitionRule;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;
import org.eventstorm.model.validate.rules.DescribedRule;
import org.eventstorm.model.versioning.ConsumerDrivenContracts;
import org.eventstorm.model.versioning.Contract;

/**
 * A consumer's contract requires a field the event version it names does not carry. With
 * {@code break_build_on_violation: true} the finding is an error, so {@code eventstorm validate} fails the build; else a
 * warning. A dotted field ({@code preferences.emailOptIn}) needs its first part on the version.
 */
public final class ContractFieldMissingRule extends DescribedRule implements DefinitionRule {
    public ContractFieldMissingRule() {
        super("contract-field-missing", "Contract requires a field the version lacks", Severity.ERROR, DefinitionKind.STRATEGY, Level.DESIGN);
    }

    @Override
    public List<Finding> check(DefinitionId id, Definition definition, ValidationContext context) {
        if (!(definition instanceof ConsumerDrivenContracts contracts)) {
            return List.of();
        }
        Optional<StrategyTarget> target = StrategyTarget.of(context.board(), contracts);
        if (target.isEmpty()) {
            return List.of();
        }
        Severity severity = contracts.contractValidation().breaksBuild() ? Severity.ERROR : Severity.WARNING;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < contracts.contracts().size(); i++) {
            Contract contract = contracts.contracts().get(i);
            Optional<EventVersion> version = target.get().version(contract.version());
            if (version.isEmpty()) {
                continue;
            }
            List<String> carried = version.get().schema().stream().map(SchemaField::name).toList();
            for (int j = 0; j < contract.requiredFields().size(); j++) {
                String field = contract.requiredFields().get(j);
                String head = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
                if (!carried.contains(head)) {
                    findings.add(Finding.onDefinition(this, id, "/contracts/" + i + "/required_fields/" + j, contract.consumer() + " requires '"
                            + field + "' of " + contracts.event() + " " + version.get().version() + ", which that version does not carry"
                            + (severity == Severity.ERROR ? " (break_build_on_violation: the build fails)" : "")
                            + "; add the field to " + version.get().version() + ", or move the contract to a version that has it").withSeverity(severity));
                }
            }
        }
        return findings;
    }
}
