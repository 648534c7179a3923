package org.eventstorm.model.sticky;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * The body of a section, kept as the markdown the person wrote. A list field ({@link Field.Shape#LIST}) reads
 * its top-level bullet items from it; editing an item changes only that item's lines, so a paragraph written
 * next to the list, a nested list or a code block is never lost.
 *
 * <p>Value semantics: two instances are equal when their source text is equal. The source has LF line ends and
 * no leading or trailing blank lines.
 */
public final class Markdown implements FieldValue {
    public static final Markdown EMPTY = new Markdown("");

    private static final Parser PARSER = BlockStructure.PARSER;

    private final String source;
    private volatile List<Item> items;

    private Markdown(String source) {
        this.source = source;
    }

    /** Markdown from text: line ends become LF, blank lines around the text are dropped. */
    public static Markdown of(String text) {
        Objects.requireNonNull(text, "text");
        String normalized = trimBlankLines(text.replace("\r\n", "\n").replace('\r', '\n'));
        return normalized.isEmpty() ? EMPTY : new Markdown(normalized);
    }

    /** A bullet list with one item per entry ({@code - item}). */
    public static Markdown list(List<String> items) {
        return of(items.stream().map(item -> "- " + oneLine(item)).collect(Collectors.joining("\n")));
    }

    /** A bullet list with one item per entry ({@code - item}). */
    public static Markdown list(String... items) {
        return list(Arrays.asList(items));
    }

    public String source() {
        return source;
    }

    @Override
    public boolean isEmpty() {
        return source.isBlank();
    }

    /** The text of each top-level list item, in order; continuation lines are joined with a space. */
    public List<String> items() {
        return parsedItems().stream().map(Item::text).toList();
    }

    /** True when the body is nothing but one or more lists (an editable list in the inspector). */
    public boolean isList() {
        if (isEmpty()) {
            return true;
        }
        Node document = PARSER.parse(source);
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof ListBlock)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the body is a plain list: one item per line, nothing nested, nothing between. Such a list can be
     * edited item by item without losing anything.
     */
    public boolean isPlainList() {
        if (isEmpty()) {
            return true;
        }
        List<Item> all = parsedItems();
        long lines = source.lines().filter(line -> !line.isBlank()).count();
        return all.size() == lines && all.stream().allMatch(item -> item.firstLine() == item.lastLine() && item.textLastLine() == item.firstLine());
    }

    /**
     * True when this body can stand inside a section: it opens no level-2 heading and leaves no block open
     * (an unclosed code fence or HTML comment) that would swallow the sections after it.
     */
    public boolean isSectionSafe() {
        String probe = source + "\n\n## \u2063end\n";
        Node document = PARSER.parse(probe);
        int headings = 0;
        Node last = null;
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading && heading.getLevel() <= 2) {
                headings++;
            }
            last = child;
        }
        return headings == 1 && last instanceof Heading heading && heading.getLevel() == 2;
    }

    /** This body with a new last item; the item joins the last list when the body ends with one. */
    public Markdown withItemAppended(String text) {
        String item = oneLine(text);
        List<Item> all = parsedItems();
        if (isEmpty()) {
            return of("- " + item);
        }
        if (all.isEmpty() || !endsWithList()) {
            return of(source + "\n\n- " + item);
        }
        Item lastItem = all.get(all.size() - 1);
        List<String> lines = lines();
        String marker = nextMarker(lines.get(lastItem.firstLine()).substring(0, lastItem.textColumn()));
        lines.add(lastItem.lastLine() + 1, marker + item);
        return of(String.join("\n", lines));
    }

    /** This body without the item at {@code index} (and anything nested in it). */
    public Markdown withItemRemoved(int index) {
        Item item = parsedItems().get(index);
        List<String> lines = lines();
        lines.subList(item.firstLine(), item.lastLine() + 1).clear();
        return of(String.join("\n", lines));
    }

    /** This body with the text of the item at {@code index} replaced; nested content stays. */
    public Markdown withItemText(int index, String text) {
        Item item = parsedItems().get(index);
        List<String> lines = lines();
        String first = lines.get(item.firstLine());
        lines.set(item.firstLine(), first.substring(0, item.textColumn()) + oneLine(text));
        if (item.textLastLine() > item.firstLine()) {
            lines.subList(item.firstLine() + 1, item.textLastLine() + 1).clear();
        }
        return of(String.join("\n", lines));
    }

    private boolean endsWithList() {
        Node document = PARSER.parse(source);
        return document.getLastChild() instanceof ListBlock;
    }

    private List<String> lines() {
        return new ArrayList<>(Arrays.asList(source.split("\n", -1)));
    }

    private List<Item> parsedItems() {
        List<Item> result = items;
        if (result == null) {
            result = isEmpty() ? List.of() : parseItems();
            items = result;
        }
        return result;
    }

    private List<Item> parseItems() {
        List<Item> simple = simpleItems();
        return simple != null ? simple : parsedWithCommonmark();
    }

    /**
     * The items of a plain bullet list ({@code - item} on every line) read without a parser; null when the text is
     * anything else, so that commonmark decides. Only lines whose meaning cannot differ are taken: a marker, one to
     * three spaces, and text that cannot open another block (heading, quote, fence, list, HTML, table, reference).
     */
    List<Item> simpleItems() {
        List<Item> found = new ArrayList<>();
        int start = 0;
        int lineIndex = 0;
        while (start <= source.length()) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = source.length();
            }
            String line = source.substring(start, end);
            if (!line.isBlank()) {
                if (line.length() < 3 || "-*+".indexOf(line.charAt(0)) < 0 || line.charAt(1) != ' ' || line.indexOf('\t') >= 0) {
                    return null;
                }
                int text = 2;
                while (text < line.length() && line.charAt(text) == ' ' && text < 4) {
                    text++;
                }
                if (text >= line.length() || line.charAt(text) == ' ' || !plainStart(line.charAt(text))) {
                    return null;
                }
                String content = line.substring(text).stripTrailing();
                found.add(new Item(lineIndex, lineIndex, text, lineIndex, content));
            } else if (!found.isEmpty() || lineIndex > 0) {
                return null;
            }
            lineIndex++;
            start = end + 1;
        }
        return List.copyOf(found);
    }

    /** True for a first character that starts a plain paragraph in every context. */
    private static boolean plainStart(char c) {
        return Character.isLetter(c) || c == '(' || c == '"' || c == '\'' || c == '$' || c == '%' || c == '@' || c == '/'
                || c == '.' || c == ',' || c == ';' || c == ':' || c == '?' || c == '!' || c == '{' || c == '}' || c > 0x7f
                        && !Character.isWhitespace(c);
    }

    List<Item> parsedWithCommonmark() {
        List<String> lines = lines();
        List<Item> found = new ArrayList<>();
        Node document = PARSER.parse(source);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof ListBlock)) {
                continue;
            }
            for (Node node = block.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof ListItem listItem) {
                    found.add(item(listItem, lines));
                }
            }
        }
        return List.copyOf(found);
    }

    private static Item item(ListItem listItem, List<String> lines) {
        List<SourceSpan> spans = listItem.getSourceSpans();
        int firstLine = spans.get(0).getLineIndex();
        int lastLine = spans.get(spans.size() - 1).getLineIndex();
        if (listItem.getFirstChild() instanceof Paragraph paragraph && paragraph.getSourceSpans().get(0).getLineIndex() == firstLine) {
            List<SourceSpan> textSpans = paragraph.getSourceSpans();
            String text = textSpans.stream().map(
                    span -> lines.get(span.getLineIndex()).substring(span.getColumnIndex(), span.getColumnIndex() + span.getLength()).strip()).collect(
                            Collectors.joining(" "));
            return new Item(firstLine, lastLine, textSpans.get(0).getColumnIndex(), textSpans.get(textSpans.size() - 1).getLineIndex(), text);
        }
        // An empty item ("-") or one whose first line holds no paragraph: its text starts after the marker.
        String first = lines.get(firstLine);
        int column = markerEnd(first, spans.get(0).getColumnIndex());
        return new Item(firstLine, lastLine, column, firstLine, "");
    }

    private static int markerEnd(String line, int from) {
        int i = from;
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i < line.length()) {
            i++;
        }
        return Math.min(i, line.length());
    }

    /** The marker for a new item after one whose marker text was {@code previous} ({@code "- "}, {@code "2. "}). */
    private static String nextMarker(String previous) {
        String indent = previous.substring(0, previous.length() - previous.stripLeading().length());
        String marker = previous.strip();
        if (!marker.isEmpty() && Character.isDigit(marker.charAt(0))) {
            int end = 0;
            while (end < marker.length() && Character.isDigit(marker.charAt(end))) {
                end++;
            }
            long next = Long.parseLong(marker.substring(0, Math.min(end, 18))) + 1;
            return indent + next + marker.substring(end) + " ";
        }
        return indent + (marker.isEmpty() ? "-" : marker) + " ";
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
    }

    private static String trimBlankLines(String text) {
        String[] lines = text.split("\n", -1);
        int start = 0;
        int end = lines.length;
        while (start < end && lines[start].isBlank()) {
            start++;
        }
        while (end > start && lines[end - 1].isBlank()) {
            end--;
        }
        return String.join("\n", Arrays.asList(lines).subList(start, end));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Markdown markdown && markdown.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return "Markdown[" + source + "]";
    }

    /** A top-level list item: its lines, where its text starts on the first line, and its text. */
    record Item(int firstLine, int lastLine, int textColumn, int textLastLine, String text) {
    }
}
