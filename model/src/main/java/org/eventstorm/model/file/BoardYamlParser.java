package org.eventstorm.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Boundary;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Naming;
import org.eventstorm.model.board.SagaDefaults;
import org.eventstorm.model.board.Swimlane;
import org.eventstorm.model.board.UnknownKey;
import org.eventstorm.model.sticky.Retry;

/**
 * Reads {@code board.yaml}. A value of the wrong shape in a known key is an error (the file is then left
 * untouched); a malformed geometry entry only loses that entry's place, with a warning.
 */
final class BoardYamlParser {
    static final String FILE = "board.yaml";
    private static final Set<String> CONTEXT_KEYS = Set.of("name", "service", "swimlane");

    private BoardYamlParser() {
    }

    static BoardYaml parse(byte[] bytes, String defaultTitle) throws FormatException {
        YamlDocument document = YamlDocumentParser.parse(TextDecoder.decode(bytes));
        List<Problem> warnings = new ArrayList<>();
        String title = defaultTitle;
        String feature = "";
        String session = "";
        Level level = Level.PROCESS;
        List<BoundedContext> contexts = List.of();
        Map<String, String> rules = Map.of();
        SagaDefaults sagaDefaults = SagaDefaults.NONE;
        Map<String, BoardYaml.Placed> geometry = new LinkedHashMap<>();
        List<UnknownKey> extras = new ArrayList<>();
        List<Boundary> boundaries = List.of();
        Naming naming = Naming.DEFAULT;
        for (YamlSegment segment : document.segments()) {
            switch (segment.key()) {
                case "title" -> title = scalar(segment);
                case "feature" -> feature = scalar(segment);
                case "session" -> session = scalar(segment);
                case "level" -> {
                    String word = scalar(segment).strip();
                    level = Level.fromWord(word).orElseThrow(() -> new FormatException(segment.line(),
                            "level '" + word + "' is not one of big-picture, process, design"));
                }
                case "language" -> naming = naming.withLanguage(language(segment));
                case "event_types" -> {
                    String word = scalar(segment).strip();
                    naming = new Naming(naming.language(), Naming.EventTypeStyle.fromWord(word).orElseThrow(() -> new FormatException(segment.line(),
                            "event_types '" + word
                                    + "' is not one of versioned ({domain}.{entity}.{action}.v{n}) or cloudevents ({domain}.{aggregate}.{Event})")));
                }
                case "contexts" -> contexts = contexts(segment);
                case "rules" -> rules = rules(segment);
                case "saga_defaults" -> sagaDefaults = sagaDefaults(segment);
                case "boundaries" -> boundaries = boundaries(segment);
                case "geometry" -> geometry = geometry(segment, warnings);
                default -> extras.add(new UnknownKey(segment.key(), segment.textWithoutNewline()));
            }
        }
        if (title.isBlank()) {
            title = defaultTitle;
        }
        try {
            BoardSettings settings = new BoardSettings(title, feature, session, level, contexts, rules, sagaDefaults, extras, boundaries, naming);
            return new BoardYaml(settings, geometry, document.asWritten(), warnings);
        } catch (IllegalArgumentException e) {
            throw new FormatException(document.segment("contexts").map(YamlSegment::line).orElse(1), e.getMessage());
        }
    }

    /** {@code language: de}: a language code of two or three letters, with a region if need be ({@code pt-BR}). */
    private static String language(YamlSegment segment) throws FormatException {
        String code = scalar(segment).strip();
        if (!code.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?")) {
            throw new FormatException(segment.line(), "language '" + code + "' should be a language code such as en, de or fr");
        }
        return code.replace('_', '-');
    }

    private static String scalar(YamlSegment segment) throws FormatException {
        if (!segment.isScalar()) {
            throw new FormatException(segment.line(), "'" + segment.key() + "' should be a single value");
        }
        return segment.scalar();
    }

    private static List<BoundedContext> contexts(YamlSegment segment) throws FormatException {
        JsonNode node = segment.value();
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new FormatException(segment.line(), "'contexts' should be a list of bounded contexts, each with a name");
        }
        List<BoundedContext> contexts = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject() || !item.hasNonNull("name") || !item.get("name").isValueNode() || item.get("name").asText().isBlank()) {
                throw new FormatException(segment.line(), "every bounded context in 'contexts' needs a name");
            }
            String name = item.get("name").asText();
            String service = item.hasNonNull("service") ? item.get("service").asText() : "";
            Swimlane lane = item.hasNonNull("swimlane") ? swimlane(item.get("swimlane"), name, segment.line()) : null;
            Map<String, Object> extra = new LinkedHashMap<>();
            YamlTrees.plainMap(item).forEach((key, value) -> {
                if (!CONTEXT_KEYS.contains(key)) {
                    extra.put(key, value);
                }
            });
            contexts.add(new BoundedContext(name, service, lane, extra));
        }
        return contexts;
    }

    /** {@code boundaries: [{x: 1200, label: Fulfilment}]}: lines across the lanes, each at a whole canvas x. */
    private static List<Boundary> boundaries(YamlSegment segment) throws FormatException {
        JsonNode node = segment.value();
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new FormatException(segment.line(), "'boundaries' should be a list of lines across the lanes, each with an x"
                    + " and a label, e.g. '- {x: 1200, label: Fulfilment}'");
        }
        List<Boundary> boundaries = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject() || !item.hasNonNull("x") || !item.get("x").canConvertToInt() || !item.get("x").isIntegralNumber()) {
                throw new FormatException(segment.line(), "every boundary needs an x, a whole number of canvas units, e.g. '- {x: 1200,"
                        + " label: Fulfilment}'");
            }
            JsonNode label = item.get("label");
            if (label != null && !label.isNull() && !label.isValueNode()) {
                throw new FormatException(segment.line(), "a boundary's label is a line of text");
            }
            String text = label == null || label.isNull() ? "" : label.asText();
            if (text.contains("\n")) {
                throw new FormatException(segment.line(), "a boundary's label fits on one line");
            }
            boundaries.add(new Boundary(item.get("x").intValue(), text));
        }
        return boundaries;
    }

    /** {@code rules: {rule-id: off|error|warning|info}}; the validator checks the ids and levels. */
    private static Map<String, String> rules(YamlSegment segment) throws FormatException {
        JsonNode node = segment.value();
        Map<String, String> rules = new LinkedHashMap<>();
        if (node.isNull()) {
            return rules;
        }
        if (!node.isObject()) {
            throw new FormatException(segment.line(), "'rules' should map rule ids to off, error, warning or info");
        }
        for (var entry : node.properties()) {
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                throw new FormatException(segment.line(), "the rule '" + entry.getKey() + "' should be set to off, error, warning or info");
            }
            rules.put(entry.getKey(), entry.getValue().isBoolean() && !entry.getValue().booleanValue() ? "off" : entry.getValue().asText());
        }
        return rules;
    }

    /** {@code saga_defaults: {timeout: 5s, retry: {max_attempts: 3, backoff: exponential}}}. */
    private static SagaDefaults sagaDefaults(YamlSegment segment) throws FormatException {
        JsonNode node = segment.value();
        if (node.isNull()) {
            return SagaDefaults.NONE;
        }
        if (!node.isObject() || node.has("timeout") && !node.get("timeout").isValueNode()) {
            throw new FormatException(segment.line(), "'saga_defaults' should hold a 'timeout' (such as 5s) and a 'retry'"
                    + " (max_attempts and backoff)");
        }
        Retry retry = Retry.EMPTY;
        JsonNode retryNode = node.get("retry");
        if (retryNode != null && !retryNode.isNull()) {
            if (!retryNode.isObject() || retryNode.has("max_attempts") && !retryNode.get("max_attempts").asText().strip().matches("\\d{1,6}")) {
                throw new FormatException(segment.line(), "'saga_defaults' retry should be a mapping: max_attempts (a whole number) and backoff");
            }
            retry = Retry.of(retryNode.has("max_attempts") ? Integer.parseInt(retryNode.get("max_attempts").asText().strip()) : 0,
                    retryNode.hasNonNull("backoff") ? retryNode.get("backoff").asText() : "");
        }
        return new SagaDefaults(node.hasNonNull("timeout") ? node.get("timeout").asText() : "", retry);
    }

    private static Swimlane swimlane(JsonNode node, String context, int line) throws FormatException {
        if (!node.isObject() || !isInt(node, "top") || !isInt(node, "height") || node.get("height").intValue() <= 0) {
            throw new FormatException(line, "the swimlane of '" + context + "' should have 'top' and 'height' in whole units,"
                    + " with a positive height");
        }
        return new Swimlane(node.get("top").intValue(), node.get("height").intValue());
    }

    private static Map<String, BoardYaml.Placed> geometry(YamlSegment segment, List<Problem> warnings) throws FormatException {
        JsonNode node = segment.value();
        Map<String, BoardYaml.Placed> geometry = new LinkedHashMap<>();
        if (node.isNull()) {
            return geometry;
        }
        if (!node.isObject()) {
            throw new FormatException(segment.line(), "'geometry' should map sticky ids to {x, y, w, h}");
        }
        Map<String, Integer> lines = keyLines(segment);
        for (var entry : node.properties()) {
            int line = lines.getOrDefault(entry.getKey(), segment.line());
            JsonNode place = entry.getValue();
            if (!place.isObject() || !isInt(place, "x") || !isInt(place, "y") || !isInt(place, "w") || !isInt(place, "h")
                    || place.get("w").intValue() <= 0 || place.get("h").intValue() <= 0) {
                warnings.add(Problem.warning(FILE, line, "the place of " + entry.getKey()
                        + " should be {x, y, w, h} in whole units with a positive size; the sticky is placed anew"));
                continue;
            }
            geometry.put(entry.getKey(), new BoardYaml.Placed(new Geometry(place.get("x").intValue(), place.get("y").intValue(),
                    place.get("w").intValue(), place.get("h").intValue()), line));
        }
        return geometry;
    }

    private static boolean isInt(JsonNode object, String key) {
        JsonNode value = object.get(key);
        return value != null && value.isIntegralNumber() && value.canConvertToInt();
    }

    /** The file line of each entry of a mapping segment, by key, read once from its text. */
    private static Map<String, Integer> keyLines(YamlSegment segment) {
        Map<String, Integer> lines = new HashMap<>();
        String[] texts = segment.text().split("\n", -1);
        for (int i = 1; i < texts.length; i++) {
            String line = texts[i].strip();
            int colon = line.indexOf(':');
            if (colon > 0) {
                String key = line.substring(0, colon);
                if (key.length() >= 2 && (key.startsWith("\"") || key.startsWith("'"))) {
                    key = key.substring(1, key.length() - 1);
                }
                lines.putIfAbsent(key, segment.line() + i);
            }
        }
        return lines;
    }
}
