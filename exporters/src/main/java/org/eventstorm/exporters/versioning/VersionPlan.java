package org.eventstorm.exporters.versioning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.exporters.code.Words;
import org.eventstorm.exporters.schema.JsonSchemas;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.versioning.EventVersions;
import org.eventstorm.model.versioning.ComposedFields;
import org.eventstorm.model.versioning.ConsumerDrivenContracts;
import org.eventstorm.model.versioning.FieldMapping;
import org.eventstorm.model.versioning.ParallelVersions;
import org.eventstorm.model.versioning.SingleWriter;
import org.eventstorm.model.versioning.VersionChannel;
import org.eventstorm.model.versioning.VersioningStrategy;

/**
 * What the versioning code generators need of an event, worked out once: its versions with their fields (names made
 * into identifiers, types into one of a few kinds), the canonical version the producer writes, how each other version
 * is filled from it (same field, rename, merge), and the topics a parallel-versions producer publishes to.
 *
 * @param canonical the index of the canonical version in {@link #versions()}
 * @param topics    the versions a producer publishes, with their topics; empty when no strategy gives topics
 * @param contracts the consumers' contracts the producer checks before it publishes ({@code contract_validation:
 *                  on_publish: true}); empty when none asks for it
 */
public record VersionPlan(String event, Words name, List<Version> versions, int canonical, List<Target> targets, List<Topic> topics,
        List<Contract> contracts) {

    /** The kinds of value generated code gives a field. */
    public enum Type { STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY }

    public record Field(String written, Words name, Type type, boolean required, String description) {
    }

    public record Version(String written, Words name, List<Field> fields) {
        public Optional<Field> field(String written) {
            return fields.stream().filter(field -> field.written().equals(written)).findFirst();
        }
    }

    /** How one field of a target version is filled from the canonical version: from one field, or several joined with spaces. */
    public record Source(Field field, List<Field> from, boolean toText) {
        public boolean isMerge() {
            return from.size() > 1;
        }
    }

    /** A version the transformer turns the canonical version into, field by field (absent optional fields are left out). */
    public record Target(Version version, List<Source> sources) {
    }

    public record Topic(Version version, String topic) {
    }

    /** A consumer's contract checked on publishing: the fields of {@code version} it requires, as written. */
    public record Contract(String consumer, Version version, List<String> requiredFields) {
    }

    public Version canonicalVersion() {
        return versions.get(canonical);
    }

    /**
     * The plan of {@code event} under {@code strategies}.
     *
     * @throws IllegalArgumentException when a version the strategies serve cannot be filled from the canonical one
     */
    public static VersionPlan of(DomainEvent event, String eventKey, List<VersioningStrategy> strategies) {
        List<EventVersion> written = EventVersions.of(event);
        List<Version> versions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (EventVersion version : written) {
            Words words = Words.of(event.name() + " " + version.version()).orElse("event", "event");
            for (int n = 2; !names.add(words.pascal()); n++) {
                words = words.numbered(n);
            }
            versions.add(new Version(version.version(), words, fields(version)));
        }
        Optional<SingleWriter> single = strategies.stream().filter(SingleWriter.class::isInstance).map(SingleWriter.class::cast).findFirst();
        Optional<ParallelVersions> parallel = strategies.stream().filter(ParallelVersions.class::isInstance).map(ParallelVersions.class::cast).findFirst();
        int canonical = versions.size() - 1;
        if (single.isPresent() && !single.get().canonicalVersion().isBlank()) {
            canonical = indexOf(versions, single.get().canonicalVersion()).orElseThrow(() -> new IllegalArgumentException(
                    "the canonical version " + single.get().canonicalVersion() + " of " + eventKey + " is not a version of '" + event.name() + "'"));
        }
        Set<String> served = new LinkedHashSet<>();
        single.ifPresent(writer -> {
            served.addAll(writer.transformationLayer().supportsVersions());
            writer.consumers().forEach(consumer -> served.add(consumer.requestedVersion()));
        });
        parallel.ifPresent(strategy -> served.addAll(strategy.publishing().targets()));
        served.removeIf(String::isBlank);
        // With no strategy naming the versions it serves, every version is offered that the canonical one can fill.
        boolean claimed = !served.isEmpty();
        if (!claimed) {
            written.forEach(version -> served.add(version.version()));
        }
        Version from = versions.get(canonical);
        List<Target> targets = new ArrayList<>();
        for (String wanted : served) {
            int index = indexOf(versions, wanted).orElseThrow(() -> new IllegalArgumentException(
                    wanted + " is not a version of '" + event.name() + "'; the strategies of " + eventKey + " serve it"));
            Version target = versions.get(index);
            if (targets.stream().anyMatch(existing -> existing.version() == target)) {
                continue;
            }
            EventVersion canonicalVersion = written.get(canonical);
            EventVersion targetVersion = written.get(index);
            List<FieldMapping> mappings = single.map(writer -> ComposedFields.mappings(writer.transformationLayer(), canonicalVersion, targetVersion)).orElse(
                    List.of());
            try {
                targets.add(new Target(target, sources(from, target, mappings, eventKey)));
            } catch (IllegalArgumentException cannotFill) {
                if (claimed) {
                    throw cannotFill;
                }
            }
        }
        List<Topic> topics = new ArrayList<>();
        String canonicalName = from.written();
        parallel.ifPresent(strategy -> {
            // Dual (or unset) publishes to every target; single to the canonical version's topic only.
            List<String> publish = strategy.publishing().mode().strip().equalsIgnoreCase("single") ? List.of(canonicalName)
                    : strategy.publishing().targets().isEmpty() ? strategy.versions().stream().map(VersionChannel::version).toList()
                    : strategy.publishing().targets();
            for (String version : publish) {
                Optional<VersionChannel> channel = strategy.version(version);
                Optional<Integer> index = indexOf(versions, version);
                if (channel.isPresent() && index.isPresent() && targets.stream().anyMatch(target -> target.version() == versions.get(index.get()))) {
                    topics.add(new Topic(versions.get(index.get()), channel.get().topic().isBlank() ? eventKey + "." + version : channel.get().topic()));
                }
            }
        });
        List<Contract> contracts = new ArrayList<>();
        strategies.stream().filter(ConsumerDrivenContracts.class::isInstance).map(ConsumerDrivenContracts.class::cast).filter(
                strategy -> Boolean.TRUE.equals(strategy.contractValidation().onPublish())).forEach(strategy -> {
                    for (var contract : strategy.contracts()) {
                        // Only a version the producer can make is checked: the canonical one, or one the transformer fills.
                        indexOf(versions, contract.version()).map(versions::get).filter(version -> version == from
                                || targets.stream().anyMatch(target -> target.version() == version)).ifPresent(version -> contracts.add(
                                        new Contract(contract.consumer(), version, contract.requiredFields())));
                    }
                });
        return new VersionPlan(eventKey, Words.of(event.name()).orElse("event", "event"), versions, canonical, targets, topics, contracts);
    }

    private static List<Source> sources(Version from, Version target, List<FieldMapping> mappings, String eventKey) {
        List<Source> sources = new ArrayList<>();
        for (Field field : target.fields()) {
            Optional<FieldMapping> mapping = mappings.stream().filter(candidate -> candidate.target().equals(field.written())).findFirst();
            List<Field> inputs = new ArrayList<>();
            if (mapping.isPresent()) {
                for (String source : mapping.get().sources()) {
                    inputs.add(from.field(source).orElseThrow(() -> new IllegalArgumentException("the mapping of '" + field.written() + "' of "
                            + eventKey + " " + target.written() + " reads '" + source + "', which " + from.written() + " does not carry")));
                }
            } else {
                from.field(field.written()).ifPresent(inputs::add);
            }
            if (inputs.isEmpty()) {
                if (field.required()) {
                    throw new IllegalArgumentException(eventKey + " " + target.written() + " requires '" + field.written() + "', which "
                            + from.written() + " does not carry; add a mapping under transformation_layer: mappings: " + target.written()
                            + " in the single-writer strategy");
                }
                continue;
            }
            boolean toText = inputs.size() > 1 || inputs.get(0).type() != field.type();
            if (toText && field.type() != Type.STRING) {
                throw new IllegalArgumentException(
                        eventKey + " " + target.written() + " has '" + field.written() + "' as " + field.type().name().toLowerCase(Locale.ROOT) + ", but "
                                + from.written() + " gives it as " + inputs.get(0).type().name().toLowerCase(Locale.ROOT)
                                + "; only text can be made from other types, so map it from a field of the same type");
            }
            sources.add(new Source(field, inputs, toText));
        }
        return sources;
    }

    private static List<Field> fields(EventVersion version) {
        List<Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SchemaField field : version.schema()) {
            Words words = Words.of(field.name()).orElse("field", "field");
            for (int n = 2; !names.add(words.camel()); n++) {
                words = words.numbered(n);
            }
            fields.add(new Field(field.name(), words, type(field.type()), field.required(), field.description()));
        }
        return fields;
    }

    static Type type(String written) {
        Map<String, Object> json = JsonSchemas.type(written);
        return switch (String.valueOf(json.get("type"))) {
            case "integer" -> Type.INTEGER;
            case "number" -> Type.NUMBER;
            case "boolean" -> Type.BOOLEAN;
            case "object" -> Type.OBJECT;
            case "array" -> Type.ARRAY;
            default -> Type.STRING;
        };
    }

    private static Optional<Integer> indexOf(List<Version> versions, String version) {
        String wanted = version.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < versions.size(); i++) {
            String name = versions.get(i).written().strip().toLowerCase(Locale.ROOT);
            if (name.equals(wanted) || name.equals("v" + wanted) || ("v" + name).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
