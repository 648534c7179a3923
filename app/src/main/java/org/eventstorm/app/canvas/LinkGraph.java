package org.eventstorm.app.canvas;

import java.util.List;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.Link;

/** The arrows of a board, read from its reference fields; rebuilt when the board changes. */
final class LinkGraph {
    private List<Link> links = List.of();
    private long revision = -1;

    List<Link> links(Board board) {
        if (board.revision() != revision) {
            revision = board.revision();
            links = BoardLinks.of(board);
        }
        return links;
    }

    /** Forgets the arrows, so the next call reads them again (after a reload, whose revision may repeat). */
    void invalidate() {
        revision = -1;
    }
}
