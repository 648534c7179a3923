package org.eventstorm.exporters.eventcatalog;

/**
 * The one way text written by workshop participants reaches an MDX page. MDX reads {@code {...}} as JavaScript,
 * {@code <...>} as JSX and a line starting with {@code import} or {@code export} as a module statement; any of these
 * in a sticky ({@code Map<String, Object>}, {@code I <3 this}, {@code {id}}) would break the catalog's build.
 * Markdown itself is kept (lists, emphasis, links); code spans and fenced code blocks are left exactly as written,
 * since MDX does not read inside them.
 */
public final class Mdx {
    private Mdx() {
    }

    /** Markdown text (several lines) made safe for an MDX body. */
    public static String escape(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String stripped = line.stripLeading();
            if (fence != null) {
                out.append(line);
                if (stripped.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = stripped.substring(0, 3);
                out.append(line);
                continue;
            }
            out.append(escapeLine(line));
        }
        return out.toString();
    }

    /** One line of text (a name, a list item) made safe for an MDX body; newlines become spaces. */
    public static String inline(String text) {
        return escapeLine(text.replace('\r', ' ').replace('\n', ' '));
    }

    private static String escapeLine(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        out.append(line, 0, indent);
        int i = indent;
        if (line.startsWith("import", indent) || line.startsWith("export", indent)) {
            // "import x" at the start of a line is an ES module statement to MDX; an entity keeps the word as written.
            out.append(line.charAt(indent) == 'i' ? "&#105;" : "&#101;");
            i++;
        }
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int end = codeSpanEnd(line, i);
                out.append(line, i, end);
                i = end;
                continue;
            }
            switch (c) {
                case '{', '}', '<', '>', '\\' -> out.append('\\').append(c);
                default -> out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /** Text as it was before {@link #escape}: what the catalog shows, given back as the board wrote it. */
    public static String unescape(String mdx) {
        StringBuilder out = new StringBuilder(mdx.length());
        String fence = null;
        for (String line : mdx.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String stripped = line.stripLeading();
            if (fence != null || stripped.startsWith("```") || stripped.startsWith("~~~")) {
                out.append(line);
                if (fence == null) {
                    fence = stripped.substring(0, 3);
                } else if (stripped.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            out.append(unescapeLine(line));
        }
        return out.toString();
    }

    private static String unescapeLine(String line) {
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        StringBuilder out = new StringBuilder(line.length());
        out.append(line, 0, indent);
        int i = indent;
        if (line.startsWith("&#105;", indent) || line.startsWith("&#101;", indent)) {
            out.append(line.charAt(indent + 4) == '5' ? 'i' : 'e');
            i += 6;
        }
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int end = codeSpanEnd(line, i);
                out.append(line, i, end);
                i = end;
                continue;
            }
            if (c == '\\' && i + 1 < line.length() && "{}<>\\".indexOf(line.charAt(i + 1)) >= 0) {
                out.append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * Where the code span starting at the backticks at {@code start} ends: after its closing run of as many backticks,
     * or, unclosed, after the opening run (which is then plain text). MDX does not read inside a code span.
     */
    private static int codeSpanEnd(String line, int start) {
        int run = 0;
        while (start + run < line.length() && line.charAt(start + run) == '`') {
            run++;
        }
        int close = line.indexOf("`".repeat(run), start + run);
        return close >= 0 ? close + run : start + run;
    }
}
