package org.eventstorm.app.canvas;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventstorm.exporters.picture.Area;
import org.eventstorm.exporters.picture.ArrowPainter;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.Link;

/**
 * The arrows of a board, read from its reference fields, each with its curve: worked out once per board revision,
 * and filed by where their curves run, so a tile only looks at the arrows near it.
 */
final class LinkGraph {
    /** The side of the squares of the board the arrows are filed under, in board units. */
    private static final double CELL = 1024;

    /** An arrow and where it runs; the curve is null when an end has no place. */
    record Arrow(Link link, ArrowPainter.Curve curve) {
    }

    private List<Arrow> arrows = List.of();
    private long revision = -1;
    /** For each square of the board (column, row), the positions in {@link #arrows} of the arrows whose curves reach it. */
    private final Map<Long, int[]> filed = new HashMap<>();

    /** The arrows, in the board's order, whose curves may meet {@code area}. */
    List<Arrow> arrowsMeeting(Board board, Area area) {
        arrows(board);
        long firstColumn = (long) Math.floor(area.minX() / CELL);
        long lastColumn = (long) Math.floor(area.maxX() / CELL);
        long firstRow = (long) Math.floor(area.minY() / CELL);
        long lastRow = (long) Math.floor(area.maxY() / CELL);
        if ((lastColumn - firstColumn + 1) * (lastRow - firstRow + 1) > filed.size()) {
            return arrows;
        }
        BitSet found = new BitSet(arrows.size());
        for (long column = firstColumn; column <= lastColumn; column++) {
            for (long row = firstRow; row <= lastRow; row++) {
                int[] here = filed.get(key(column, row));
                if (here != null) {
                    for (int index : here) {
                        found.set(index);
                    }
                }
            }
        }
        List<Arrow> meeting = new ArrayList<>(found.cardinality());
        for (int index = found.nextSetBit(0); index >= 0; index = found.nextSetBit(index + 1)) {
            meeting.add(arrows.get(index));
        }
        return meeting;
    }

    private static long key(long column, long row) {
        return column << 32 ^ (row & 0xFFFFFFFFL);
    }

    private void file() {
        Map<Long, List<Integer>> cells = new HashMap<>();
        for (int index = 0; index < arrows.size(); index++) {
            ArrowPainter.Curve curve = arrows.get(index).curve();
            if (curve == null) {
                continue;
            }
            Area box = curve.bounds();
            for (long column = (long) Math.floor(box.minX() / CELL); column <= (long) Math.floor(box.maxX() / CELL); column++) {
                for (long row = (long) Math.floor(box.minY() / CELL); row <= (long) Math.floor(box.maxY() / CELL); row++) {
                    cells.computeIfAbsent(key(column, row), k -> new ArrayList<>()).add(index);
                }
            }
        }
        filed.clear();
        cells.forEach((cell, indexes) -> filed.put(cell, indexes.stream().mapToInt(Integer::intValue).toArray()));
    }

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
            file();
        }
        return arrows;
    }
}
