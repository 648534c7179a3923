package org.eventstorm.model.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Boundary;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Naming;
import org.eventstorm.model.board.SagaDefaults;
import org.eventstorm.model.board.UnknownKey;
import org.eventstorm.model.sticky.StickyId;

/**
 * Writes {@code board.yaml}: title, feature, session, level, contexts, any keys the tool does not know, then
 * the geometry, one sticky per line in id order so that moving a sticky changes one line. With a source,
 * entries keep the order they had and unchanged ones are written back exactly.
 */
final class BoardYamlWriter {

    private BoardYamlWriter() {
    }

    /**
     * @param saved the settings and geometry the source holds, to tell which entries changed; null with no source
     */
    static String write(BoardSettings settings, SortedMap<StickyId, Geometry> geometry, YamlDocument source,
            BoardSettings saved, Map<StickyId, Geometry> savedGeometry, boolean canonical) {
        List<YamlMappingWriter.Entry> entries = new ArrayList<>();
        entries.add(new YamlMappingWriter.Entry("title", saved != null && saved.title().equals(settings.title()),
                () -> YamlWriter.entry("title", settings.title())));
        if (!settings.feature().isEmpty()) {
            entries.add(new YamlMappingWriter.Entry("feature", saved != null && saved.feature().equals(settings.feature()),
                    () -> YamlWriter.entry("feature", settings.feature())));
        }
        if (!settings.session().isEmpty()) {
            entries.add(new YamlMappingWriter.Entry("session", saved != null && saved.session().equals(settings.session()),
                    () -> YamlWriter.entry("session", settings.session())));
        }
        entries.add(new YamlMappingWriter.Entry("level", saved != null && saved.level() == settings.level(),
                () -> YamlWriter.entry("level", settings.level().word())));
        Naming naming = settings.naming();
        if (!naming.language().equals(Naming.DEFAULT.language())) {
            entries.add(new YamlMappingWriter.Entry("language", saved != null && saved.naming().language().equals(naming.language()),
                    () -> YamlWriter.entry("language", naming.language())));
        }
        if (naming.eventTypes() != Naming.DEFAULT.eventTypes()) {
            entries.add(new YamlMappingWriter.Entry("event_types", saved != null && saved.naming().eventTypes() == naming.eventTypes(),
                    () -> YamlWriter.entry("event_types", naming.eventTypes().word())));
        }
        if (!settings.contexts().isEmpty()) {
            entries.add(new YamlMappingWriter.Entry("contexts", saved != null && saved.contexts().equals(settings.contexts()),
                    () -> YamlWriter.entry("contexts", settings.contexts().stream().map(BoardYamlWriter::context).toList())));
        }
        if (!settings.rules().isEmpty()) {
            entries.add(new YamlMappingWriter.Entry("rules", saved != null && saved.rules().equals(settings.rules()),
                    () -> rules(settings.rules())));
        }
        if (!settings.sagaDefaults().isEmpty()) {
            entries.add(new YamlMappingWriter.Entry("saga_defaults", saved != null && saved.sagaDefaults().equals(settings.sagaDefaults()),
                    () -> sagaDefaults(settings.sagaDefaults())));
        }
        if (!settings.boundaries().isEmpty()) {
            entries.add(new YamlMappingWriter.Entry("boundaries", saved != null && saved.boundaries().equals(settings.boundaries()),
                    () -> boundaries(settings.boundaries())));
        }
        for (UnknownKey extra : settings.extras()) {
            entries.add(new YamlMappingWriter.Entry(extra.key(), true, () -> extra.yaml() + "\n"));
        }
        if (!geometry.isEmpty()) {
            entries.add(new YamlMappingWriter.Entry("geometry", savedGeometry != null && savedGeometry.equals(geometry),
                    () -> geometry(geometry)));
        }
        return YamlMappingWriter.write(inSourceOrder(entries, source), source, canonical);
    }

    /**
     * Entries the source had, in the source's order; new entries after the entry that precedes them in the
     * canonical order.
     */
    private static List<YamlMappingWriter.Entry> inSourceOrder(List<YamlMappingWriter.Entry> canonical, YamlDocument source) {
        if (source == null) {
            return canonical;
        }
        List<YamlMappingWriter.Entry> ordered = new ArrayList<>();
        for (YamlSegment segment : source.segments()) {
            canonical.stream().filter(entry -> entry.key().equals(segment.key())).findFirst().ifPresent(ordered::add);
        }
        for (int i = 0; i < canonical.size(); i++) {
            YamlMappingWriter.Entry entry = canonical.get(i);
            if (ordered.contains(entry)) {
                continue;
            }
            int at = 0;
            for (int j = i - 1; j >= 0; j--) {
                int previous = ordered.indexOf(canonical.get(j));
                if (previous >= 0) {
                    at = previous + 1;
                    break;
                }
            }
            ordered.add(at, entry);
        }
        return ordered;
    }

    private static Map<String, Object> context(BoundedContext context) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", context.name());
        if (!context.service().isEmpty()) {
            map.put("service", context.service());
        }
        context.lane().ifPresent(lane -> {
            Map<String, Object> swimlane = new LinkedHashMap<>();
            swimlane.put("top", lane.y());
            swimlane.put("height", lane.h());
            map.put("swimlane", swimlane);
        });
        map.putAll(context.extra());
        return map;
    }

    /** {@code rules:} with plain words ({@code off}, not {@code "off"}), the way linters are configured by hand. */
    private static String rules(Map<String, String> rules) {
        StringBuilder out = new StringBuilder("rules:\n");
        rules.forEach((id, level) -> {
            if (level.matches("[a-z]+")) {
                out.append("  ").append(YamlWriter.key(id)).append(": ").append(level).append('\n');
            } else {
                out.append(YamlWriter.entry(id, level).lines().map(line -> "  " + line + "\n").reduce("", String::concat));
            }
        });
        return out.toString();
    }

    private static String boundaries(List<Boundary> boundaries) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Boundary boundary : boundaries) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("x", boundary.x());
            line.put("label", boundary.label());
            lines.add(line);
        }
        return YamlWriter.entry("boundaries", lines);
    }

    private static String sagaDefaults(SagaDefaults defaults) {
        YamlText out = new YamlText().line(0, "saga_defaults:");
        out.entry(1, "timeout", defaults.timeout());
        if (!defaults.retry().isEmpty()) {
            out.line(1, "retry:");
            out.count(2, "max_attempts", defaults.retry().maxAttempts());
            out.entry(2, "backoff", defaults.retry().backoff());
        }
        return out.toString();
    }

    private static String geometry(SortedMap<StickyId, Geometry> geometry) {
        StringBuilder out = new StringBuilder("geometry:\n");
        geometry.forEach((id,
                place) -> out.append("  ").append(YamlWriter.key(id.toString())).append(": {x: ").append(place.x()).append(", y: ").append(place.y()).append(
                        ", w: ").append(place.w()).append(", h: ").append(place.h()).append("}\n"));
        return out.toString();
    }
}
