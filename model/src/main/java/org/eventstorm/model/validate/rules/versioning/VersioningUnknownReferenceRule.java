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
import org.eventstorm.model.sticky.Spelling;
import org.eventstorm.model.validate.DefinitionRule;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;
import org.eventstorm.model.validate.rules.DescribedRule;
import org.eventstorm.model.versioning.ConsumerDrivenContracts;
import org.eventstorm.model.versioning.ConsumerVersion;
import org.eventstorm.model.versioning.FieldMapping;
import org.eventstorm.model.versioning.ParallelVersions;
import org.eventstorm.model.versioning.SingleWriter;
import org.eventstorm.model.versioning.StrategyEvents;
import org.eventstorm.model.versioning.VersioningStrategy;

/**
 * What a strategy names must exist: its event (by {@code event_type} or name), each version it names among the event's
 * versions, and each field a mapping reads or fills among the fields of its version.
 */
public final class VersioningUnknownReferenceRule extends DescribedRule implements DefinitionRule {
    public VersioningUnknownReferenceRule() {
        super("versioning-unknown-reference", "Strategy names an event, version or field not on the board", Severity.ERROR, DefinitionKind.STRATEGY,
                Level.DESIGN);
    }

    @Override
    public List<Finding> check(DefinitionId id, Definition definition, ValidationContext context) {
        VersioningStrategy strategy = (VersioningStrategy) definition;
        List<Finding> findings = new ArrayList<>();
        int matches = StrategyEvents.find(context.board(), strategy.event()).size();
        if (matches != 1) {
            findings.add(Finding.onDefinition(this, id, "/event", matches == 0
                    ? "The strategy is about '" + strategy.event() + "', but no domain event has that event_type or name"
                    : "'" + strategy.event() + "' matches " + matches + " domain events; give one of them an event_type that ends with it"));
            return findings;
        }
        StrategyTarget target = StrategyTarget.of(context.board(), strategy).orElseThrow();
        if (strategy instanceof ParallelVersions parallel) {
            parallel.versions().forEach(channel -> version(findings, target, channel.version(), id, "/versions/" + escape(channel.version())));
            for (int i = 0; i < parallel.publishing().targets().size(); i++) {
                version(findings, target, parallel.publishing().targets().get(i), id, "/publishing/targets/" + i);
            }
        } else if (strategy instanceof SingleWriter single) {
            version(findings, target, single.canonicalVersion(), id, "/canonical_version");
            List<String> supported = single.transformationLayer().supportsVersions();
            for (int i = 0; i < supported.size(); i++) {
                version(findings, target, supported.get(i), id, "/transformation_layer/supports_versions/" + i);
            }
            for (int i = 0; i < single.consumers().size(); i++) {
                ConsumerVersion consumer = single.consumers().get(i);
                version(findings, target, consumer.requestedVersion(), id, "/consumers/" + i + "/requested_version");
            }
            mappings(findings, target, single, id);
        } else if (strategy instanceof ConsumerDrivenContracts contracts) {
            for (int i = 0; i < contracts.contracts().size(); i++) {
                version(findings, target, contracts.contracts().get(i).version(), id, "/contracts/" + i + "/version");
            }
        }
        return findings;
    }

    private void mappings(List<Finding> findings, StrategyTarget target, SingleWriter single, DefinitionId id) {
        Optional<EventVersion> canonical = target.version(single.canonicalVersion());
        single.transformationLayer().mappings().forEach((versionName, fields) -> {
            Optional<EventVersion> version = target.version(versionName);
            String at = "/transformation_layer/mappings/" + escape(versionName);
            if (version.isEmpty()) {
                version(findings, target, versionName, id, at);
                return;
            }
            for (FieldMapping mapping : fields) {
                if (!names(version.get()).contains(mapping.target())) {
                    findings.add(Finding.onDefinition(this, id, at + "/" + escape(mapping.target()), "The mapping fills '" + mapping.target() + "' of "
                            + versionName + ", which has no such field" + suggest(mapping.target(), names(version.get()))));
                }
                for (String source : mapping.sources()) {
                    if (canonical.isPresent() && !names(canonical.get()).contains(source)) {
                        findings.add(Finding.onDefinition(this, id, at + "/" + escape(mapping.target()), "The mapping of '" + mapping.target()
                                + "' reads '" + source + "', which the canonical version " + canonical.get().version() + " does not carry"
                                + suggest(source, names(canonical.get()))));
                    }
                }
            }
        });
    }

    private void version(List<Finding> findings, StrategyTarget target, String version, DefinitionId id, String pointer) {
        if (version.isBlank() || target.version(version).isPresent()) {
            return;
        }
        findings.add(Finding.onDefinition(this, id, pointer, "'" + version + "' is not a version of '" + target.event().name() + "', which has "
                + String.join(", ", target.versionNames()) + suggest(version, target.versionNames())));
    }

    private static List<String> names(EventVersion version) {
        return version.schema().stream().map(SchemaField::name).toList();
    }

    private static String suggest(String written, List<String> candidates) {
        return Spelling.closest(written, candidates).map(best -> "; did you mean '" + best + "'?").orElse("");
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
