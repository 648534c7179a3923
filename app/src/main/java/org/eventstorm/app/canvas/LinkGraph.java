package org.eventstorm.app.canvas;

import java.util.ArrayList;
import java.util.List;
import org.eventstorm.exporters.picture.ArrowPainter;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.Link;

/**
 * The arrows of a board, read from its reference fields, each with its curve: worked out once per board revision,
 * so a frame only tests each curve's box against the view.
 */
final class LinkGraph {
    /** An arrow and where it runs; the curve is null when an end has no place. */
    record Arrow(Link link, ArrowPainter.Curve curve) {
    }

    private List<Arrow> arrows = List.of();
    private long revision = -1;

    List<Arrow> arrows(Board board) {
        if (board.revision() != revision) {
            revision = board.revision();
            List<Arrow> built = new ArrayList<>();
            for (Link link : BoardLinks.of(board)) {
                Geometry from = board.geometry(link.from()).orElse(null);
                Geometry to = board.geometry(link.to()).orElse(null);
                built.add(new Arrow(link, from == null || to == null ? null : ArrowPainter.curve(from, to)));
            }
            arrows = built;
        }
        return arrows;
    }
}
