package org.eventstorm.model.validate.rules.versioning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.eventstorm.model.versioning.ComposedFields;
import org.eventstorm.model.versioning.FieldMapping;
import org.eventstorm.model.versioning.SingleWriter;

/**
 * The single writer's transformation layer must be able to give each version it serves every required field: from the
 * canonical version's field of the same name, or from a mapping ({@code name: [firstName, lastName]}).
 */
public final class TransformationGapRule extends DescribedRule implements DefinitionRule {
    public TransformationGapRule() {
        super("transformation-cannot-fill-field", "Transformation cannot fill a required field", Severity.ERROR, DefinitionKind.STRATEGY, Level.DESIGN);
    }

    @Override
    public List<Finding> check(DefinitionId id, Definition definition, ValidationContext context) {
        if (!(definition instanceof SingleWriter single)) {
            return List.of();
        }
        Optional<StrategyTarget> target = StrategyTarget.of(context.board(), single);
        Optional<EventVersion> canonical = target.flatMap(found -> found.version(single.canonicalVersion()));
        if (canonical.isEmpty()) {
            return List.of();
        }
        Set<String> served = new LinkedHashSet<>(single.transformationLayer().supportsVersions());
        single.consumers().forEach(consumer -> served.add(consumer.requestedVersion()));
        List<String> carried = canonical.get().schema().stream().map(SchemaField::name).toList();
        List<Finding> findings = new ArrayList<>();
        for (String versionName : served) {
            Optional<EventVersion> version = target.get().version(versionName);
            if (version.isEmpty() || version.get().version().equals(canonical.get().version())) {
                continue;
            }
            List<String> mapped = ComposedFields.mappings(single.transformationLayer(), canonical.get(), version.get()).stream().map(
                    FieldMapping::target).toList();
            for (SchemaField field : version.get().schema()) {
                if (field.required() && !carried.contains(field.name()) && !mapped.contains(field.name())) {
                    findings.add(Finding.onDefinition(this, id, "/transformation_layer", "The transformation from " + canonical.get().version() + " to "
                            + versionName + " cannot fill the required field '" + field.name() + "': " + canonical.get().version()
                            + " has no field of that name. Add a mapping under transformation_layer: mappings: " + versionName + ": "
                            + field.name() + ": [the fields it is made of]"));
                }
            }
        }
        return findings;
    }
}
