package org.eventstorm.model.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a top-level YAML mapping with Jackson's streaming parser and cuts it into {@link YamlSegment}s.
 * Refuses what a board file never needs and an attacker would use: anchors and aliases (no "billion laughs"),
 * deep nesting, duplicate keys, more than one document.
 */
final class YamlDocumentParser {
    static final int MAX_DEPTH = 32;
    private static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private static final YAMLFactory FACTORY = createFactory();

    private YamlDocumentParser() {
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are refused below, with a better message
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        // Jackson's own limit is a backstop; the depth check in readNode comes first and names the line.
        factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH * 2).build());
        return factory;
    }

    static YamlDocument parse(String yaml) throws FormatException {
        ControlCharacters.refuse(yaml);
        int[] lineStarts = LineIndex.starts(yaml);
        List<Key> keys = new ArrayList<>();
        try (YAMLParser parser = FACTORY.createParser(yaml)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new YamlDocument(List.of(), yaml);
            }
            if (token != JsonToken.START_OBJECT) {
                throw new FormatException(line(parser), "must be 'key: value' lines, not a list or a single value");
            }
            refuseAnchors(parser);
            Map<String, Integer> seen = new HashMap<>();
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = CanonicalStrings.of(parser.currentName());
                int line = line(parser);
                Integer first = seen.putIfAbsent(key, line);
                if (first != null) {
                    throw new FormatException(line, "has the key '" + key + "' twice (first on line " + first + "); keep one");
                }
                if (!keys.isEmpty() && keys.get(keys.size() - 1).line() >= line) {
                    throw new FormatException(line, "must have one key per line; write the mapping in block style (key: value on each line)");
                }
                JsonToken valueToken = parser.nextToken();
                String scalar = valueToken.isScalarValue() ? (valueToken == JsonToken.VALUE_NULL ? "" : CanonicalStrings.of(parser.getText())) : null;
                JsonNode value = readNode(parser, 1);
                keys.add(new Key(key, line, value, scalar));
            }
            if (parser.nextToken() != null) {
                throw new FormatException(line(parser), "holds more than one YAML document; keep a single one");
            }
        } catch (JacksonYAMLParseException e) {
            if (e.getCause() instanceof MarkedYAMLException marked) {
                // An unclosed bracket or quote is found at the end; the line where it was opened is the one to fix.
                var mark = marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
                throw new FormatException(mark != null ? mark.getLine() + 1 : 0, "is not valid YAML: " + describe(marked));
            }
            throw new FormatException(e.getLocation() != null ? Math.max(0, e.getLocation().getLineNr()) : 0,
                    "is not valid YAML: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new FormatException(e.getLocation() != null ? Math.max(0, e.getLocation().getLineNr()) : 0,
                    "is not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FormatException(0, "could not be read as YAML: " + e.getMessage());
        }
        return segment(yaml, lineStarts, keys);
    }

    private static YamlDocument segment(String yaml, int[] lineStarts, List<Key> keys) {
        int lineCount = lineStarts.length - 1;
        List<YamlSegment> segments = new ArrayList<>(keys.size());
        int triviaStart = 0;
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            int start = key.line() - 1;
            int end = i + 1 < keys.size() ? keys.get(i + 1).line() - 1 : lineCount;
            while (end - 1 > start && isTrivia(yaml, lineStarts, end - 1)) {
                end--;
            }
            segments.add(new YamlSegment(key.name(), key.line(),
                    yaml.substring(lineStarts[triviaStart], lineStarts[start]),
                    yaml.substring(lineStarts[start], lineStarts[end]),
                    key.value(), key.scalar()));
            triviaStart = end;
        }
        return new YamlDocument(segments, yaml.substring(lineStarts[triviaStart]));
    }

    /** A blank line or a comment at the top level (column 0), which belongs to the key below it. */
    private static boolean isTrivia(String yaml, int[] lineStarts, int line) {
        String text = yaml.substring(lineStarts[line], lineStarts[line + 1]);
        return text.isBlank() || text.startsWith("#");
    }

    private static JsonNode readNode(YAMLParser parser, int depth) throws IOException, FormatException {
        refuseAnchors(parser);
        if (depth > MAX_DEPTH) {
            throw new FormatException(line(parser), "is nested more than " + MAX_DEPTH + " levels deep");
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = CanonicalStrings.of(parser.currentName());
                    int line = line(parser);
                    if (object.has(name)) {
                        throw new FormatException(line, "has the key '" + name + "' twice in one mapping; keep one");
                    }
                    parser.nextToken();
                    object.set(name, readNode(parser, depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readNode(parser, depth + 1));
                }
                return array;
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT, LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                try {
                    return nodes.numberNode(parser.getDecimalValue());
                } catch (NumberFormatException | JsonProcessingException e) {
                    return nodes.textNode(CanonicalStrings.of(parser.getText()));
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> {
                return nodes.textNode(CanonicalStrings.of(parser.getText()));
            }
        }
    }

    private static void refuseAnchors(YAMLParser parser) throws IOException, FormatException {
        if (parser.isCurrentAlias()) {
            throw new FormatException(line(parser), "uses a YAML alias (*" + parser.getText()
                    + "); board files do not allow aliases, so write the value out");
        }
        // Jackson reports anchors on lists and mappings only; an anchor on a scalar is harmless, as every alias is refused.
        Object anchor = parser.getObjectId();
        if (anchor != null) {
            throw new FormatException(line(parser), "uses a YAML anchor (&" + anchor
                    + "); board files do not allow anchors and aliases, so write the value out");
        }
    }

    private static int line(YAMLParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
        String context = e.getContext();
        return context == null ? problem : problem + " (" + context.strip() + ")";
    }

    private record Key(String name, int line, JsonNode value, String scalar) {
    }
}
