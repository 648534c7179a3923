package org.eventstorm.exporters.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML or JSON document from another tool, read as a tree with the line of every node, so that whatever is wrong
 * in it is said at its line ({@code order-service.yaml:42: ...}). Limits keep a hostile file from costing more than
 * a real one: its size, its depth, and YAML aliases (a "billion laughs" file is refused, not expanded).
 */
public final class LocatedDocument {
    /** The largest file read: ten times a 10,000-channel document. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final int MAX_DEPTH = 200;

    private final Path file;
    private final String shownAs;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedDocument(Path file, String shownAs, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.shownAs = shownAs;
        this.root = root;
        this.lines = lines;
    }

    /** The document in {@code file}, named {@code shownAs} in messages; a problem it cannot be read for is thrown, located. */
    public static LocatedDocument read(Path file, String shownAs) throws ImportProblem {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ImportProblem(shownAs, 0, Files.exists(file) ? "is not a plain file (a folder, a link or a device); give the document itself"
                        : "does not exist");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportProblem(shownAs, 0, String.format(Locale.ROOT, "is %,d MB; the largest document read is %d MB", size >> 20, MAX_BYTES >> 20));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportProblem(shownAs, 0, "cannot be read: " + e.getMessage());
        }
        return of(file, bytes, shownAs, !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"), 0);
    }

    /**
     * A document given as {@code bytes} (YAML, or JSON when {@code yaml} is false) that stands {@code lineOffset}
     * lines into {@code file} (front matter after its {@code ---} line).
     */
    public static LocatedDocument of(Path file, byte[] bytes, String shownAs, boolean yaml, int lineOffset) throws ImportProblem {
        JsonFactory factory = factoryFor(yaml);
        Map<String, Integer> lines = lines(factory, bytes, shownAs, lineOffset);
        try {
            JsonNode root = new ObjectMapper(factory).readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new ImportProblem(shownAs, 1 + lineOffset, "is empty");
            }
            return new LocatedDocument(file, shownAs, root, lines);
        } catch (IOException | RuntimeException e) {
            throw new ImportProblem(shownAs, 1 + lineOffset, "cannot be read: " + firstLine(e));
        }
    }

    private static JsonFactory factoryFor(boolean yaml) {
        StreamReadConstraints constraints = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength((int) MAX_BYTES).build();
        if (!yaml) {
            return JsonFactory.builder().streamReadConstraints(constraints).build();
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) MAX_BYTES);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
    }

    /**
     * The line of each node by its JSON pointer, from one walk over the document's tokens, which also finds what is
     * wrong with it where it is: bad syntax, too deep, a YAML alias (refused rather than expanded or misread).
     */
    private static Map<String, Integer> lines(JsonFactory factory, byte[] bytes, String shownAs, int offset) throws ImportProblem {
        Map<String, Integer> lines = new HashMap<>();
        List<String> path = new ArrayList<>();
        Deque<int[]> containers = new ArrayDeque<>();
        String format = factory instanceof YAMLFactory ? "YAML" : "JSON";
        JsonParser parser = null;
        try {
            parser = factory.createParser(bytes);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr() + offset;
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw new ImportProblem(shownAs, line, "uses the YAML alias *" + parser.getText() + "; aliases are not read: write the value out where"
                            + " it is used, or use a $ref");
                }
                switch (token) {
                    case FIELD_NAME -> {
                        path.set(path.size() - 1, escape(parser.currentName()));
                        lines.putIfAbsent(pointer(path), line);
                    }
                    case START_OBJECT, START_ARRAY -> {
                        element(containers, path, lines, line);
                        containers.push(new int[] {token == JsonToken.START_ARRAY ? 1 : 0, 0});
                        path.add("");
                    }
                    case END_OBJECT, END_ARRAY -> {
                        containers.pop();
                        path.remove(path.size() - 1);
                    }
                    default -> element(containers, path, lines, line);
                }
            }
            if (containers.isEmpty() && path.isEmpty() && lines.isEmpty()) {
                throw new ImportProblem(shownAs, 1 + offset, "is empty");
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            int line = parser == null ? 1 : Math.max(1, parser.currentLocation().getLineNr());
            if (e instanceof JsonProcessingException processing && processing.getLocation() != null && processing.getLocation().getLineNr() > 0) {
                line = processing.getLocation().getLineNr();
            }
            line += offset;
            throw new ImportProblem(shownAs, line, "is not valid " + format + ": " + firstLine(e));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // nothing was written; closing a parser of bytes cannot lose anything
                }
            }
        }
    }

    /** The first line of a parser's message, without where Jackson says the input came from or which setting limits it. */
    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return message.replaceAll("\\s*\\(?for input source.*$", "").replaceAll(",? ?\\(?from `StreamReadConstraints[^)]*\\)", ")").replace("))", ")").strip();
    }

    private static void element(Deque<int[]> containers, List<String> path, Map<String, Integer> lines, int line) {
        int[] container = containers.peek();
        if (container != null && container[0] == 1) {
            path.set(path.size() - 1, Integer.toString(container[1]++));
            lines.putIfAbsent(pointer(path), line);
        }
    }

    private static String pointer(List<String> path) {
        return path.isEmpty() ? "" : "/" + String.join("/", path);
    }

    /** A key as one step of a JSON pointer ({@code a/b} is {@code a~1b}). */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    public Path file() {
        return file;
    }

    public String shownAs() {
        return shownAs;
    }

    public JsonNode root() {
        return root;
    }

    /** The node at {@code pointer}; a missing node when there is none. */
    public JsonNode at(String pointer) {
        return root.at(pointer);
    }

    /** The line of the node at {@code pointer}, else of its nearest ancestor that has one; 1 for the document. */
    public int line(String pointer) {
        for (String at = pointer;; at = at.substring(0, at.lastIndexOf('/'))) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 1;
            }
        }
    }

    /** A problem at the node at {@code pointer}. */
    public ImportProblem problem(String pointer, String message) {
        return new ImportProblem(shownAs, line(pointer), message);
    }
}
