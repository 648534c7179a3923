package org.eventstorm.model.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventstorm.model.versioning.ConsumerDrivenContracts;
import org.eventstorm.model.versioning.ConsumerVersion;
import org.eventstorm.model.versioning.Contract;
import org.eventstorm.model.versioning.ContractValidation;
import org.eventstorm.model.versioning.FieldMapping;
import org.eventstorm.model.versioning.ParallelVersions;
import org.eventstorm.model.versioning.Publishing;
import org.eventstorm.model.versioning.SingleWriter;
import org.eventstorm.model.versioning.StrategyType;
import org.eventstorm.model.versioning.TransformationLayer;
import org.eventstorm.model.versioning.VersionChannel;
import org.eventstorm.model.versioning.VersioningStrategy;

/**
 * The feature spec's three versioning strategies, read from and written to YAML: {@code strategy:} says which. A new
 * file is written in the spec's layout (a blank line between sections and between list entries, short lists in
 * brackets); what the tool does not know is kept.
 */
final class StrategyYaml {
    private static final Set<String> PARALLEL_KEYS = Set.of("strategy", "event", "versions", "publishing");
    private static final Set<String> SINGLE_KEYS = Set.of("strategy", "event", "canonical_version", "transformation_layer", "consumers");
    private static final Set<String> CONTRACT_KEYS = Set.of("strategy", "event", "contracts", "contract_validation");
    private static final Set<String> CHANNEL_KEYS = Set.of("topic", "schema", "status", "sunset_date");
    private static final Set<String> PUBLISHING_KEYS = Set.of("mode", "targets");
    private static final Set<String> LAYER_KEYS = Set.of("enabled", "service", "supports_versions", "mappings");
    private static final Set<String> CONSUMER_KEYS = Set.of("name", "requested_version", "transformation");
    private static final Set<String> CONTRACT_ENTRY_KEYS = Set.of("consumer", "required_fields", "optional_fields", "version");
    private static final Set<String> VALIDATION_KEYS = Set.of("on_publish", "break_build_on_violation");

    private StrategyYaml() {
    }

    static VersioningStrategy read(YamlNode root) throws FormatException {
        YamlNode.Mapping top = YamlReading.mapping(root, "A versioning strategy file");
        String word = YamlReading.required(top, "strategy", "A versioning strategy");
        StrategyType type = StrategyType.fromWord(word).orElseThrow(() -> new FormatException(top.get("strategy").orElseThrow().line(),
                "'strategy' is '" + word + "'; use parallel-versions, single-writer or consumer-driven-contracts"));
        String event = YamlReading.required(top, "event", "A versioning strategy");
        return switch (type) {
            case PARALLEL_VERSIONS -> new ParallelVersions(event, channels(top), publishing(top), YamlReading.extra(top, PARALLEL_KEYS));
            case SINGLE_WRITER -> new SingleWriter(event, YamlReading.text(top, "canonical_version"), layer(top), consumers(top),
                    YamlReading.extra(top, SINGLE_KEYS));
            case CONSUMER_DRIVEN_CONTRACTS -> new ConsumerDrivenContracts(event, contracts(top), validation(top), YamlReading.extra(top, CONTRACT_KEYS));
        };
    }

    private static List<VersionChannel> channels(YamlNode.Mapping top) throws FormatException {
        YamlNode.Mapping versions = section(top, "versions");
        List<VersionChannel> channels = new ArrayList<>();
        if (versions == null) {
            return channels;
        }
        for (YamlNode.Entry entry : versions.entries()) {
            YamlNode.Mapping channel = entry.value() instanceof YamlNode.Scalar scalar && scalar.isNull()
                    ? new YamlNode.Mapping(List.of(), entry.key().line(), 0, 0, false)
                    : YamlReading.mapping(entry.value(), "version '" + entry.key().value() + "'");
            channels.add(new VersionChannel(entry.key().value(), YamlReading.text(channel, "topic"), YamlReading.text(channel, "schema"),
                    YamlReading.text(channel, "status"), YamlReading.text(channel, "sunset_date"), YamlReading.extra(channel, CHANNEL_KEYS)));
        }
        return channels;
    }

    private static Publishing publishing(YamlNode.Mapping top) throws FormatException {
        YamlNode.Mapping publishing = section(top, "publishing");
        return publishing == null ? Publishing.NONE : new Publishing(YamlReading.text(publishing, "mode"), YamlReading.texts(publishing, "targets"),
                YamlReading.extra(publishing, PUBLISHING_KEYS));
    }

    private static TransformationLayer layer(YamlNode.Mapping top) throws FormatException {
        YamlNode.Mapping layer = section(top, "transformation_layer");
        if (layer == null) {
            return TransformationLayer.NONE;
        }
        Map<String, List<FieldMapping>> mappings = new LinkedHashMap<>();
        YamlNode.Mapping byVersion = section(layer, "mappings");
        if (byVersion != null) {
            for (YamlNode.Entry version : byVersion.entries()) {
                List<FieldMapping> fields = new ArrayList<>();
                for (YamlNode.Entry field : YamlReading.mapping(version.value(), "the mappings of " + version.key().value()).entries()) {
                    List<String> sources = YamlReading.texts(new YamlNode.Mapping(List.of(field), field.key().line(), 0, 0, false), field.key().value());
                    if (sources.isEmpty()) {
                        throw new FormatException(field.key().line(), "the mapping of '" + field.key().value()
                                + "' names no source field; write the canonical field (a rename) or a list of them (joined with spaces)");
                    }
                    fields.add(new FieldMapping(field.key().value(), sources));
                }
                mappings.put(version.key().value(), fields);
            }
        }
        return new TransformationLayer(YamlReading.flag(layer, "enabled"), YamlReading.text(layer, "service"),
                YamlReading.texts(layer, "supports_versions"), mappings, YamlReading.extra(layer, LAYER_KEYS));
    }

    private static List<ConsumerVersion> consumers(YamlNode.Mapping top) throws FormatException {
        List<ConsumerVersion> consumers = new ArrayList<>();
        for (YamlNode.Mapping consumer : entries(top, "consumers", "a consumer")) {
            consumers.add(new ConsumerVersion(YamlReading.required(consumer, "name", "A consumer"), YamlReading.text(consumer, "requested_version"),
                    YamlReading.text(consumer, "transformation"), YamlReading.extra(consumer, CONSUMER_KEYS)));
        }
        return consumers;
    }

    private static List<Contract> contracts(YamlNode.Mapping top) throws FormatException {
        List<Contract> contracts = new ArrayList<>();
        for (YamlNode.Mapping contract : entries(top, "contracts", "a contract")) {
            contracts.add(new Contract(YamlReading.required(contract, "consumer", "A contract"), YamlReading.texts(contract, "required_fields"),
                    YamlReading.texts(contract, "optional_fields"), YamlReading.text(contract, "version"),
                    YamlReading.extra(contract, CONTRACT_ENTRY_KEYS)));
        }
        return contracts;
    }

    private static ContractValidation validation(YamlNode.Mapping top) throws FormatException {
        YamlNode.Mapping validation = section(top, "contract_validation");
        return validation == null ? ContractValidation.NONE : new ContractValidation(YamlReading.flag(validation, "on_publish"),
                YamlReading.flag(validation, "break_build_on_violation"), YamlReading.extra(validation, VALIDATION_KEYS));
    }

    private static List<YamlNode.Mapping> entries(YamlNode.Mapping top, String key, String what) throws FormatException {
        YamlNode node = top.get(key).orElse(null);
        List<YamlNode.Mapping> entries = new ArrayList<>();
        if (node == null || node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return entries;
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            throw new FormatException(node.line(), "'" + key + "' should be a list, each entry starting with '- '");
        }
        for (YamlNode item : sequence.items()) {
            entries.add(YamlReading.mapping(item, what.substring(0, 1).toUpperCase() + what.substring(1)));
        }
        return entries;
    }

    private static YamlNode.Mapping section(YamlNode.Mapping parent, String key) throws FormatException {
        YamlNode node = parent.get(key).orElse(null);
        if (node == null || node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return null;
        }
        return YamlReading.mapping(node, "'" + key + "'");
    }

    /** The strategy in the feature spec's layout, with {@code header} as its opening comment (null for none). */
    static String write(VersioningStrategy strategy, String header) {
        YamlText out = new YamlText();
        if (header != null && !header.isBlank()) {
            out.comment(header).blank();
        }
        out.entry(0, "strategy", strategy.type().word()).blank();
        out.entry(0, "event", strategy.event());
        if (strategy instanceof ParallelVersions parallel) {
            if (!parallel.versions().isEmpty()) {
                out.blank().line(0, "versions:");
                for (int i = 0; i < parallel.versions().size(); i++) {
                    VersionChannel channel = parallel.versions().get(i);
                    if (i > 0) {
                        out.blank();
                    }
                    out.line(1, YamlScalars.block(channel.version()) + ":");
                    out.entry(2, "topic", channel.topic());
                    out.entry(2, "schema", channel.schema());
                    out.entry(2, "status", channel.status());
                    out.entry(2, "sunset_date", channel.sunsetDate());
                    out.extra(2, channel.extra());
                }
            }
            Publishing publishing = parallel.publishing();
            if (!publishing.isEmpty()) {
                out.blank().line(0, "publishing:");
                out.entryWithHint(1, "mode", publishing.mode(), "single | dual");
                out.list(1, "targets", publishing.targets());
                out.extra(1, publishing.extra());
            }
        } else if (strategy instanceof SingleWriter single) {
            if (!single.canonicalVersion().isEmpty()) {
                out.blank().entryWithHint(0, "canonical_version", single.canonicalVersion(), "the one version the producer writes");
            }
            TransformationLayer layer = single.transformationLayer();
            if (!layer.isEmpty()) {
                out.blank().line(0, "transformation_layer:");
                if (layer.enabled() != null) {
                    out.line(1, "enabled: " + layer.enabled());
                }
                out.entry(1, "service", layer.service());
                out.list(1, "supports_versions", layer.supportsVersions());
                if (!layer.mappings().isEmpty()) {
                    out.line(1, "mappings:");
                    layer.mappings().forEach((version, fields) -> {
                        out.line(2, YamlScalars.block(version) + ":");
                        for (FieldMapping field : fields) {
                            out.line(3, YamlScalars.block(field.target()) + ": " + (field.isMerge() ? YamlScalars.flowList(field.sources())
                                    : YamlScalars.block(field.sources().get(0))));
                        }
                    });
                }
                out.extra(1, layer.extra());
            }
            if (!single.consumers().isEmpty()) {
                out.blank().line(0, "consumers:");
                for (int i = 0; i < single.consumers().size(); i++) {
                    ConsumerVersion consumer = single.consumers().get(i);
                    if (i > 0) {
                        out.blank();
                    }
                    out.line(1, "- name: " + YamlScalars.block(consumer.name()));
                    out.entry(2, "requested_version", consumer.requestedVersion());
                    out.entry(2, "transformation", consumer.transformation());
                    out.extra(2, consumer.extra());
                }
            }
        } else if (strategy instanceof ConsumerDrivenContracts contracts) {
            if (!contracts.contracts().isEmpty()) {
                out.blank().line(0, "contracts:");
                for (int i = 0; i < contracts.contracts().size(); i++) {
                    Contract contract = contracts.contracts().get(i);
                    if (i > 0) {
                        out.blank();
                    }
                    out.line(1, "- consumer: " + YamlScalars.block(contract.consumer()));
                    blockList(out, 2, "required_fields", contract.requiredFields());
                    blockList(out, 2, "optional_fields", contract.optionalFields());
                    out.entry(2, "version", contract.version());
                    out.extra(2, contract.extra());
                }
            }
            ContractValidation validation = contracts.contractValidation();
            if (!validation.isEmpty()) {
                out.blank().line(0, "contract_validation:");
                if (validation.onPublish() != null) {
                    out.line(1, "on_publish: " + validation.onPublish());
                }
                if (validation.breakBuildOnViolation() != null) {
                    out.line(1, "break_build_on_violation: " + validation.breakBuildOnViolation());
                }
                out.extra(1, validation.extra());
            }
        }
        if (!strategy.extra().isEmpty()) {
            out.blank().extra(0, strategy.extra());
        }
        return out.toString();
    }

    private static void blockList(YamlText out, int level, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.line(level, key + ":");
        values.forEach(value -> out.line(level + 1, "- " + YamlScalars.block(value)));
    }
}
