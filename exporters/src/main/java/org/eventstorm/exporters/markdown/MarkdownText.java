package org.eventstorm.exporters.markdown;

/** Text from the board placed in generated markdown, so that a name shows as written and never becomes markup. */
public final class MarkdownText {
    private static final String SPECIAL = "\\`*_[]<>#|!{}";

    private MarkdownText() {
    }

    /** {@code name} with every character markdown would read as markup escaped, on one line. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} as an inline code span, fenced with enough backticks for any it holds. */
    public static String code(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`");
        return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
    }
}
