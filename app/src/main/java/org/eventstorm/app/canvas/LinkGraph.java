package org.eventstorm.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.link.Link;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.link.ResolvedReference;

/** The arrows of a board, read from its reference fields; rebuilt when the board changes. */
final class LinkGraph {
    private List<Link> links = List.of();
    private long revision = -1;

    List<Link> links(Board board) {
        if (board.revision() != revision) {
            revision = board.revision();
            Set<Link> found = new LinkedHashSet<>();
            ReferenceResolver resolver = new ReferenceResolver(board);
            board.stickies().forEach((id, sticky) -> {
                for (ResolvedReference reference : resolver.referencesOf(id, sticky)) {
                    found.addAll(reference.links());
                }
            });
            links = List.copyOf(new ArrayList<>(found));
        }
        return links;
    }

    /** Forgets the arrows, so the next call reads them again (after a reload, whose revision may repeat). */
    void invalidate() {
        revision = -1;
    }
}
