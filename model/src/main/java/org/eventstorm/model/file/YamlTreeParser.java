package org.eventstorm.model.file;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into {@link YamlNode}s with SnakeYAML's event parser, keeping every node's line and span. Refuses what a
 * board file never needs and an attacker would use, as the board's other YAML does: anchors and aliases, deep
 * nesting, duplicate keys, more than one document, more than 16 M characters.
 */
final class YamlTreeParser {
    private static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private final String text;
    private final int[] lineStarts;
    private final Parser parser;

    private YamlTreeParser(String text) {
        this.text = text;
        this.lineStarts = LineIndex.starts(text);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(YamlDocumentParser.MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        this.parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
    }

    /** The root node, or empty for a file that holds no YAML at all (only comments, or nothing). */
    static Optional<YamlNode> parse(String text) throws FormatException {
        ControlCharacters.refuse(text);
        return new YamlTreeParser(text).document();
    }

    private Optional<YamlNode> document() throws FormatException {
        try {
            expect(Event.ID.StreamStart);
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                return Optional.empty();
            }
            expect(Event.ID.DocumentStart);
            YamlNode root = node(1);
            expect(Event.ID.DocumentEnd);
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                throw new FormatException(line(parser.peekEvent().getStartMark()), "holds more than one YAML document; keep a single one");
            }
            return Optional.of(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext().strip() + ")";
            throw new FormatException(mark == null ? 0 : mark.getLine() + 1, "is not valid YAML: " + problem + context);
        } catch (YAMLException e) {
            throw new FormatException(0, "is not valid YAML: " + e.getMessage());
        }
    }

    private YamlNode node(int depth) throws FormatException {
        Event event = parser.getEvent();
        if (depth > YamlDocumentParser.MAX_DEPTH) {
            throw new FormatException(line(event.getStartMark()), "is nested more than " + YamlDocumentParser.MAX_DEPTH + " levels deep");
        }
        if (event.is(Event.ID.Alias)) {
            throw new FormatException(line(event.getStartMark()), "uses a YAML alias; board files do not allow aliases, so write the value out");
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            throw new FormatException(line(event.getStartMark()), "uses a YAML anchor (&" + node.getAnchor()
                    + "); board files do not allow anchors and aliases, so write the value out");
        }
        if (event instanceof ScalarEvent scalar) {
            return new YamlNode.Scalar(scalar.getValue(), scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN,
                    line(event.getStartMark()), offset(event.getStartMark()), offset(event.getEndMark()));
        }
        if (event instanceof MappingStartEvent mapping) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                YamlNode key = node(depth + 1);
                if (!(key instanceof YamlNode.Scalar scalarKey)) {
                    throw new FormatException(key.line(), "has a key that is not a plain word; write 'key: value'");
                }
                Integer first = seen.putIfAbsent(scalarKey.value(), scalarKey.line());
                if (first != null) {
                    throw new FormatException(scalarKey.line(), "has the key '" + scalarKey.value() + "' twice (first on line " + first + "); keep one");
                }
                entries.add(new YamlNode.Entry(scalarKey, node(depth + 1)));
            }
            Event end = parser.getEvent();
            return new YamlNode.Mapping(entries, line(event.getStartMark()), offset(event.getStartMark()), offset(end.getEndMark()),
                    isFlow(mapping));
        }
        if (event.is(Event.ID.SequenceStart)) {
            List<YamlNode> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(node(depth + 1));
            }
            Event end = parser.getEvent();
            return new YamlNode.Sequence(items, line(event.getStartMark()), offset(event.getStartMark()), offset(end.getEndMark()),
                    isFlow((CollectionStartEvent) event));
        }
        throw new FormatException(line(event.getStartMark()), "has something YAML calls " + event.getEventId() + " where a value belongs");
    }

    private static boolean isFlow(CollectionStartEvent event) {
        return event.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }

    private void expect(Event.ID id) throws FormatException {
        Event event = parser.getEvent();
        if (!event.is(id)) {
            throw new FormatException(line(event.getStartMark()), "is not a single YAML document");
        }
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }

    /** A mark's offset in the Java string: SnakeYAML counts code points, Java strings count UTF-16 units. */
    private int offset(Mark mark) {
        if (mark == null) {
            return 0;
        }
        int line = Math.min(mark.getLine(), lineStarts.length - 2);
        int lineStart = lineStarts[Math.max(0, line)];
        try {
            return text.offsetByCodePoints(lineStart, mark.getColumn());
        } catch (IndexOutOfBoundsException e) {
            return text.length();
        }
    }
}
