package org.eventstorm.app.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.Link;
import org.eventstorm.model.link.LiveLinks;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.render.Area;
import org.eventstorm.render.ArrowPainter;

/**
 * The arrows of a board, read from its reference fields, each with its curve, and filed by where their curves run, so
 * a tile only looks at the arrows near it. Kept up to date edit by edit: an edit costs the arrows of the stickies it
 * touched ({@link LiveLinks} reads only the stickies an edit can have changed the links of), not the whole board, so
 * a workshop writing many stickies a second does not make every frame work the board's links out again.
 */
final class LinkGraph {
    /** The side of the squares of the board the arrows are filed under, in board units. */
    private static final double CELL = 1024;
    /** How often a long curve is halved at most before its pieces are filed whole: 2^12 pieces, far more than needed. */
    private static final int MAX_HALVINGS = 12;

    /** An arrow and where it runs; the curve is null when an end has no place. */
    record Arrow(Link link, ArrowPainter.Curve curve, int order) {
    }

    private Board board;
    private LiveLinks links;
    /** Stickies whose arrows may have changed since they were last worked out; null: all of them. */
    private Set<StickyId> dirty;
    private final Map<Link, Arrow> arrowOf = new HashMap<>();
    private final Map<StickyId, Set<Link>> touching = new HashMap<>();
    /**
     * For each square of the board (column, row), the arrows whose curves reach it, each once. Lists, not sets: an
     * arrow along the timeline of a large board reaches hundreds of squares (on 20,000 stickies the arrows were filed
     * a million times, 27 squares an arrow), and a set's entry costs some 40 bytes where a list's costs 4.
     */
    private final Map<Long, List<Arrow>> filed = new HashMap<>();
    private List<Arrow> ordered = List.of();
    private int nextOrder;

    /** The arrows, in the board's order, whose curves may meet {@code area}. */
    List<Arrow> arrowsMeeting(Board current, Area area) {
        arrows(current);
        long firstColumn = (long) Math.floor(area.minX() / CELL);
        long lastColumn = (long) Math.floor(area.maxX() / CELL);
        long firstRow = (long) Math.floor(area.minY() / CELL);
        long lastRow = (long) Math.floor(area.maxY() / CELL);
        if ((lastColumn - firstColumn + 1) * (lastRow - firstRow + 1) > filed.size()) {
            return arrows(current);
        }
        Set<Arrow> found = new HashSet<>();
        for (long column = firstColumn; column <= lastColumn; column++) {
            for (long row = firstRow; row <= lastRow; row++) {
                found.addAll(filed.getOrDefault(key(column, row), List.of()));
            }
        }
        List<Arrow> meeting = new ArrayList<>(found);
        meeting.sort(Comparator.comparingInt(Arrow::order));
        return meeting;
    }

    /** Every arrow, in the board's order (a sticky's in the order its fields name them; new arrows last). */
    List<Arrow> arrows(Board current) {
        if (current != board) {
            hear(current);
        }
        if (dirty == null) {
            rebuild();
        } else if (!dirty.isEmpty()) {
            update(new ArrayList<>());
        }
        if (ordered == null) {
            order();
        }
        return ordered;
    }

    private void hear(Board current) {
        board = current;
        links = new LiveLinks(current);
        dirty = null;
    }

    /**
     * Takes in a change the board just applied and works the arrows out again; returns where arrows went or came
     * (their curves' bounds), or null when every arrow was worked out again (the board was reloaded, or the graph has not
     * been drawn yet) and so everything must be drawn again.
     */
    List<Area> changed(BoardChange change) {
        if (links == null || dirty == null || change.cause() == BoardChange.Cause.RELOAD) {
            if (links != null) {
                links.boardChanged(change);
            }
            dirty = null;
            return null;
        }
        links.boardChanged(change);
        if (links.lastReread() == null) {
            dirty = null;
            return null;
        }
        // The stickies whose own fields may draw other arrows now, and those that moved.
        dirty.addAll(links.lastReread());
        for (Change each : change.changes()) {
            if (each instanceof Change.GeometryChange geometry) {
                dirty.add(geometry.id());
            }
        }
        List<Area> moved = new ArrayList<>();
        update(moved);
        return moved;
    }

    private void rebuild() {
        arrowOf.clear();
        touching.clear();
        filed.clear();
        nextOrder = 0;
        for (Link link : links.links()) {
            add(link);
        }
        order();
        dirty = new HashSet<>();
    }

    /** Works out again the arrows of the stickies an edit touched, and any link that came or went; notes where they ran. */
    private void update(List<Area> moved) {
        Set<Link> now = new LinkedHashSet<>();
        Set<Link> stale = new HashSet<>();
        for (StickyId id : dirty) {
            now.addAll(links.linksOf(id));
            // The arrows to or from it that another sticky's fields draw (an aggregate names the commands it handles).
            for (Link link : touching.getOrDefault(id, Set.of())) {
                stale.add(link);
                if (links.linksOf(link.from()).contains(link) || links.linksOf(link.to()).contains(link)) {
                    now.add(link);
                }
            }
        }
        for (Link link : stale) {
            Arrow gone = arrowOf.get(link);
            if (gone != null && gone.curve() != null) {
                moved.add(gone.curve().bounds());
            }
            remove(link);
        }
        for (Link link : now) {
            if (!arrowOf.containsKey(link)) {
                Arrow added = add(link);
                if (added.curve() != null) {
                    moved.add(added.curve().bounds());
                }
            }
        }
        ordered = null;
        dirty.clear();
    }

    private Arrow add(Link link) {
        Geometry from = board.geometry(link.from()).orElse(null);
        Geometry to = board.geometry(link.to()).orElse(null);
        Arrow arrow = new Arrow(link, from == null || to == null ? null : ArrowPainter.curve(from, to), nextOrder++);
        arrowOf.put(link, arrow);
        touching.computeIfAbsent(link.from(), id -> new HashSet<>()).add(link);
        touching.computeIfAbsent(link.to(), id -> new HashSet<>()).add(link);
        for (long cell : cells(arrow)) {
            filed.computeIfAbsent(cell, k -> new ArrayList<>(4)).add(arrow);
        }
        return arrow;
    }

    private void remove(Link link) {
        Arrow arrow = arrowOf.remove(link);
        if (arrow == null) {
            return;
        }
        for (StickyId end : new StickyId[] {link.from(), link.to()}) {
            Set<Link> here = touching.get(end);
            if (here != null) {
                here.remove(link);
                if (here.isEmpty()) {
                    touching.remove(end);
                }
            }
        }
        for (long cell : cells(arrow)) {
            List<Arrow> here = filed.get(cell);
            if (here != null) {
                removeFrom(here, arrow);
                if (here.isEmpty()) {
                    filed.remove(cell);
                }
            }
        }
    }

    /** Takes {@code arrow} out of a square's list; the order in a square does not matter, so the last takes its place. */
    private static void removeFrom(List<Arrow> here, Arrow arrow) {
        for (int i = 0; i < here.size(); i++) {
            if (here.get(i) == arrow) {
                Arrow last = here.remove(here.size() - 1);
                if (i < here.size()) {
                    here.set(i, last);
                }
                return;
            }
        }
    }

    /** The squares an arrow's curve reaches, each once. */
    private static long[] cells(Arrow arrow) {
        Squares squares = new Squares();
        forEachCell(arrow, squares);
        return squares.distinct();
    }

    /** The squares {@link #forEachCell} names, which may name one twice. */
    private static final class Squares implements LongConsumer {
        private long[] named = new long[8];
        private int count;

        @Override
        public void accept(long square) {
            if (count == named.length) {
                named = Arrays.copyOf(named, count * 2);
            }
            named[count++] = square;
        }

        long[] distinct() {
            Arrays.sort(named, 0, count);
            int distinct = 0;
            for (int i = 0; i < count; i++) {
                if (distinct == 0 || named[distinct - 1] != named[i]) {
                    named[distinct++] = named[i];
                }
            }
            return Arrays.copyOf(named, distinct);
        }
    }

    /** The arrows in drawing order: the board's order for those worked out together, later ones after. */
    private void order() {
        List<Arrow> all = new ArrayList<>(arrowOf.values());
        all.sort(Comparator.comparingInt(Arrow::order));
        ordered = all;
    }

    /**
     * The squares an arrow's curve reaches. A curve stays inside its control points' box, so a short one is filed under
     * the squares of that box; a long one (an arrow across lanes or far along the timeline) is halved until each piece's
     * box covers at most four squares, and filed under those, not under every square of its whole box: a long diagonal
     * arrow would otherwise be filed in hundreds of squares it never meets. A square may be named twice.
     */
    private static void forEachCell(Arrow arrow, LongConsumer action) {
        ArrowPainter.Curve curve = arrow.curve();
        if (curve == null) {
            return;
        }
        forEachCell(curve.x1(), curve.y1(), curve.c1x(), curve.c1y(), curve.c2x(), curve.c2y(), curve.x2(), curve.y2(), 0, action);
    }

    private static void forEachCell(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3, int depth,
            LongConsumer action) {
        long firstColumn = (long) Math.floor(Math.min(Math.min(x0, x1), Math.min(x2, x3)) / CELL);
        long lastColumn = (long) Math.floor(Math.max(Math.max(x0, x1), Math.max(x2, x3)) / CELL);
        long firstRow = (long) Math.floor(Math.min(Math.min(y0, y1), Math.min(y2, y3)) / CELL);
        long lastRow = (long) Math.floor(Math.max(Math.max(y0, y1), Math.max(y2, y3)) / CELL);
        if ((lastColumn - firstColumn + 1) * (lastRow - firstRow + 1) > 4 && depth < MAX_HALVINGS) {
            // de Casteljau at the middle: two curves that together are this one, each inside its own control box
            double ax = (x0 + x1) / 2;
            double ay = (y0 + y1) / 2;
            double bx = (x1 + x2) / 2;
            double by = (y1 + y2) / 2;
            double cx = (x2 + x3) / 2;
            double cy = (y2 + y3) / 2;
            double abx = (ax + bx) / 2;
            double aby = (ay + by) / 2;
            double bcx = (bx + cx) / 2;
            double bcy = (by + cy) / 2;
            double mx = (abx + bcx) / 2;
            double my = (aby + bcy) / 2;
            forEachCell(x0, y0, ax, ay, abx, aby, mx, my, depth + 1, action);
            forEachCell(mx, my, bcx, bcy, cx, cy, x3, y3, depth + 1, action);
            return;
        }
        for (long column = firstColumn; column <= lastColumn; column++) {
            for (long row = firstRow; row <= lastRow; row++) {
                action.accept(key(column, row));
            }
        }
    }

    private static long key(long column, long row) {
        return column << 32 ^ (row & 0xFFFFFFFFL);
    }
}
