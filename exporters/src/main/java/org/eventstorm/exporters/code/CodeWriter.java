package org.eventstorm.exporters.code;

/** Source text line by line, with an indentation (four spaces in Java and TypeScript, a tab in Go). */
public final class CodeWriter {
    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final String unit;
    private int depth;

    public CodeWriter(String unit) {
        this.unit = unit;
    }

    /** A line at the current depth; an empty line has no indentation. */
    public CodeWriter line(String text) {
        if (!text.isEmpty()) {
            out.append(unit.repeat(depth));
        }
        out.append(text).append('\n');
        return this;
    }

    public CodeWriter blank() {
        out.append('\n');
        return this;
    }

    /** A line, then one level deeper: {@code if (x) {}. */
    public CodeWriter open(String text) {
        line(text);
        depth++;
        return this;
    }

    /** One level shallower, then a line: {@code }}. */
    public CodeWriter close(String text) {
        depth--;
        line(text);
        return this;
    }

    /** One level shallower for a line, then back: {@code } else {}. */
    public CodeWriter reopen(String text) {
        depth--;
        line(text);
        depth++;
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
