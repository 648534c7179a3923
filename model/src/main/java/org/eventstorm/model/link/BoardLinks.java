package org.eventstorm.model.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventstorm.model.board.Board;

/** The links of a board, read from its stickies' reference fields; the arrows of the canvas and the edges of every export. */
public final class BoardLinks {
    private BoardLinks() {
    }

    /** Every link, in sticky order then field order, each once. */
    public static List<Link> of(Board board) {
        Set<Link> found = new LinkedHashSet<>();
        ReferenceResolver resolver = new ReferenceResolver(board);
        board.stickies().forEach((id, sticky) -> {
            for (ResolvedReference reference : resolver.referencesOf(id, sticky)) {
                found.addAll(reference.links());
            }
        });
        return List.copyOf(found);
    }
}
