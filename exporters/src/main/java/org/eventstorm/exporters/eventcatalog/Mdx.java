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
                int run = 0;
                while (i + run < line.length() && line.charAt(i + run) == '`') {
                    run++;
                }
                String ticks = "`".repeat(run);
                int close = line.indexOf(ticks, i + run);
                if (close >= 0) {
                    out.append(line, i, close + run);
                    i = close + run;
                    continue;
                }
                out.append(ticks);
                i += run;
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
}
