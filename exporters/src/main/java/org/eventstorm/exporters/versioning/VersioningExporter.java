package org.eventstorm.exporters.versioning;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.SafeFileName;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.saga.TypeScriptSagaCode;
import org.eventstorm.exporters.schema.EventEnvelope;
import org.eventstorm.exporters.schema.JsonSchemas;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.versioning.EventVersions;
import org.eventstorm.model.versioning.ParallelVersions;
import org.eventstorm.model.versioning.StrategyEvents;
import org.eventstorm.model.versioning.VersionChannel;
import org.eventstorm.model.versioning.VersioningStrategy;

/**
 * For each versioned event (one with strategies, or with two or more versions): its strategy files,
 * {@code versioning/<event>/schemas/} with a JSON Schema and an Avro schema per version (the Avro file where a
 * parallel-versions strategy says its schema is), and {@code versioning-code/java|ts} with each version's type, the
 * transformer from the canonical version and the producer that publishes to several versions.
 */
public final class VersioningExporter implements Exporter {
    @Override
    public String id() {
        return "versioning";
    }

    @Override
    public String title() {
        return "Event versioning (strategies, JSON and Avro schemas, code)";
    }

    @Override
    public void export(ExportInput input, TargetFolder target) throws IOException {
        Board board = input.board();
        Map<StickyId, List<Map.Entry<DefinitionId, VersioningStrategy>>> byEvent = new LinkedHashMap<>();
        board.definitions(VersioningStrategy.class).forEach((id, strategy) -> {
            List<StickyId> found = StrategyEvents.find(board, strategy.event());
            if (found.size() == 1) {
                byEvent.computeIfAbsent(found.get(0), key -> new ArrayList<>()).add(Map.entry(id, strategy));
            }
        });
        board.stickies().forEach((id, sticky) -> {
            if (sticky instanceof DomainEvent event && event.versions().size() >= 2) {
                byEvent.computeIfAbsent(id, key -> new ArrayList<>());
            }
        });
        boolean wroteTypeScript = false;
        for (Map.Entry<StickyId, List<Map.Entry<DefinitionId, VersioningStrategy>>> entry : byEvent.entrySet()) {
            DomainEvent event = (DomainEvent) board.get(entry.getKey());
            List<VersioningStrategy> strategies = entry.getValue().stream().map(Map.Entry::getValue).toList();
            String key = strategies.isEmpty() ? eventKey(event) : strategies.get(0).event();
            String folder = "versioning/" + SafeFileName.of(event.name()) + "/";
            for (Map.Entry<DefinitionId, VersioningStrategy> strategy : entry.getValue()) {
                String text = input.boardFiles().get(strategy.getKey().path());
                if (text != null) {
                    target.write(folder + "strategies/" + strategy.getKey().fileName(), text);
                }
            }
            VersionPlan plan;
            try {
                plan = VersionPlan.of(event, key, strategies);
            } catch (IllegalArgumentException cannotPlan) {
                String file = entry.getValue().isEmpty() ? entry.getKey().fileName() : entry.getValue().get(0).getKey().path();
                throw new IllegalArgumentException(file + ": " + cannotPlan.getMessage(), cannotPlan);
            }
            String source = entry.getKey().fileName();
            String namespace = AvroSchemas.namespace(event.eventType().orElse(key));
            List<EventVersion> versions = EventVersions.of(event);
            for (int i = 0; i < versions.size(); i++) {
                EventVersion version = versions.get(i);
                String stem = SafeFileName.of(event.name()) + "." + SafeFileName.of(version.version());
                target.write(folder + "schemas/" + stem + ".schema.json", JsonSchemas.of(event.name() + " " + version.version(), version.schema(),
                        EventEnvelope.of(input.board().settings().naming().eventTypes(), event, version)));
                target.write(folder + avroPath(strategies, version.version(), stem), AvroSchemas.of(plan, plan.versions().get(i), namespace));
            }
            for (Map.Entry<String, String> file : new JavaVersionCode().files(plan, source).entrySet()) {
                target.write("versioning-code/java/" + file.getKey(), file.getValue());
            }
            for (Map.Entry<String, String> file : new TypeScriptVersionCode().files(plan, source).entrySet()) {
                target.write("versioning-code/ts/" + file.getKey(), file.getValue());
            }
            wroteTypeScript = true;
        }
        if (wroteTypeScript) {
            for (Map.Entry<String, String> file : new TreeMap<>(TypeScriptSagaCode.packageFiles()).entrySet()) {
                target.write("versioning-code/ts/" + file.getKey(), file.getValue());
            }
        }
    }

    /** Where a version's Avro schema goes: the path a parallel-versions strategy gives it, made safe, else {@code schemas/<stem>.avsc}. */
    private static String avroPath(List<VersioningStrategy> strategies, String version, String stem) {
        for (VersioningStrategy strategy : strategies) {
            if (strategy instanceof ParallelVersions parallel) {
                String path = parallel.version(version).map(VersionChannel::schema).orElse("").strip();
                String safe = safePath(path);
                if (!safe.isEmpty()) {
                    return safe;
                }
            }
        }
        return "schemas/" + stem + ".avsc";
    }

    /**
     * A relative path from a strategy file made safe to write: each segment's dot-separated parts made safe names,
     * segments that are only dots (so {@code ..}) dropped; {@code ../../etc/passwd.avsc} becomes {@code etc/passwd.avsc}.
     */
    static String safePath(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("[/\\\\]")) {
            List<String> parts = new ArrayList<>();
            for (String part : segment.split("\\.")) {
                if (!part.isBlank()) {
                    parts.add(SafeFileName.of(part));
                }
            }
            if (!parts.isEmpty()) {
                segments.add(String.join(".", parts));
            }
        }
        return String.join("/", segments);
    }

    /** {@code users.user.registered}: the event type without its version, else the name in dotted form. */
    private static String eventKey(DomainEvent event) {
        return event.eventType().map(type -> type.strip().toLowerCase(Locale.ROOT).replaceFirst("\\.v\\d+$", "")).orElse(StrategyEvents.dotted(event.name()));
    }
}
