package org.eventstorm.model.sticky;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * commonmark set up for what the tool reads from markdown: the block structure (headings, lists, code, quotes)
 * with the source lines of each block. Inline markup is not parsed: a block's text is kept as written, which is
 * all the tool needs and saves most of the parsing time when a large board opens.
 */
public final class BlockStructure {
    /** Thread-safe; shared by every reader. */
    public static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).inlineParserFactory(
            context -> (lines, block) -> block.appendChild(new Text(lines.getContent()))).build();

    private BlockStructure() {
    }

    /** A heading's text as written, without its {@code #} marks: {@code *Notes*}. */
    public static String writtenText(Heading heading) {
        StringBuilder text = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text literal) {
                text.append(literal.getLiteral());
            }
        }
        return text.toString().strip();
    }

    /** Text with emphasis and code marks removed, for matching a title: {@code **Data Carried**} gives {@code Data Carried}. */
    public static String plain(String written) {
        StringBuilder plain = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c != '*' && c != '_' && c != '`') {
                plain.append(c);
            }
        }
        return plain.toString().strip();
    }
}
