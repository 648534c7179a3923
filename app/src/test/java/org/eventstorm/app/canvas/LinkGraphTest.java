package org.eventstorm.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.LinkStickies;
import org.eventstorm.model.edit.MoveSticky;
import org.eventstorm.model.edit.RemoveSticky;
import org.eventstorm.model.edit.RenameSticky;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.LiveLinks;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.render.ArrowPainter;
import org.eventstorm.render.Area;
import org.junit.jupiter.api.Test;

/**
 * The arrows a tile looks at: exactly those whose curves meet it, in the board's order, found without looking at all;
 * and kept up to date edit by edit, always what a graph worked out from scratch gives.
 */
class LinkGraphTest {
    @Test
    void editByEditTheArrowsAreThoseAFreshGraphWorksOut() {
        Board board = new BoardGenerator(3).generate(400);
        LinkGraph graph = new LinkGraph();
        graph.arrows(board);
        LiveLinks live = new LiveLinks(board);
        List<BoardChange> heard = new ArrayList<>();
        board.addListener(change -> {
            heard.add(change);
            live.boardChanged(change);
        });
        Random random = new Random(5);
        int moved = 0;
        for (int step = 0; step < 600; step++) {
            List<StickyId> ids = new ArrayList<>(board.ids());
            StickyId some = ids.get(random.nextInt(ids.size()));
            StickyId other = ids.get(random.nextInt(ids.size()));
            int kind = random.nextInt(8);
            try {
                if (kind == 0) {
                    board.apply(new RenameSticky(some, board.get(some).name() + " " + step));
                } else if (kind == 1) {
                    board.apply(new RemoveSticky(some));
                } else if (kind == 2) {
                    board.apply(AddSticky.at(some.kind().create(board.get(other).name() + " Again"), null));
                } else if (kind == 3) {
                    board.apply(new LinkStickies(some, other));
                } else if (kind == 4 && board.canUndo()) {
                    board.undo();
                } else if (kind == 5 && board.canRedo()) {
                    board.redo();
                } else {
                    Geometry place = board.geometry(some).orElseThrow();
                    board.apply(new MoveSticky(some, place.movedBy(random.nextInt(400) - 200, random.nextInt(400) - 200)));
                }
            } catch (EditRefused refused) {
                continue;
            }
            String heardLast = heard.isEmpty() ? "" : heard.get(heard.size() - 1).description();
            for (BoardChange change : heard) {
                List<Area> areas = graph.changed(change);
                moved += areas == null ? 0 : areas.size();
            }
            heard.clear();
            assertEquals(BoardLinks.of(board), live.links(), "step " + step + ": the live links");
            java.util.Set<String> fresh = drawn(new LinkGraph().arrows(board));
            java.util.Set<String> kept = drawn(graph.arrows(board));
            if (!fresh.equals(kept)) {
                java.util.Set<String> missing = new java.util.TreeSet<>(fresh);
                missing.removeAll(kept);
                java.util.Set<String> extra = new java.util.TreeSet<>(kept);
                extra.removeAll(fresh);
                throw new AssertionError("step " + step + " (" + heardLast + "): the arrows kept differ from a fresh graph's; missing " + missing
                        + ", extra " + extra);
            }
        }
        assertTrue(moved > 100, "edits moved arrows: " + moved);
    }

    /** Each arrow as drawn: its link and where its curve runs; the order of arrows added later may differ. */
    private static java.util.Set<String> drawn(List<LinkGraph.Arrow> arrows) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (LinkGraph.Arrow arrow : arrows) {
            all.add(arrow.link() + " " + (arrow.curve() == null ? "-" : arrow.curve().bounds()));
        }
        assertEquals(arrows.size(), all.size(), "no arrow twice");
        return all;
    }

    @Test
    void theArrowsFiledNearAnAreaAreAllThoseWhoseCurvesMeetIt() {
        Board board = new BoardGenerator(7).generate(2000);
        LinkGraph graph = new LinkGraph();
        List<LinkGraph.Arrow> all = graph.arrows(board);
        assertTrue(all.size() > 1000, "the generated board has arrows: " + all.size());
        // the area the arrows run in, so that the areas tried meet some
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (LinkGraph.Arrow arrow : all) {
            if (arrow.curve() != null) {
                Area box = arrow.curve().bounds();
                minX = Math.min(minX, box.minX());
                minY = Math.min(minY, box.minY());
                maxX = Math.max(maxX, box.maxX());
                maxY = Math.max(maxY, box.maxY());
            }
        }
        Random random = new Random(11);
        double smallest = Double.MAX_VALUE;
        int withArrows = 0;
        for (int i = 0; i < 200; i++) {
            double x = minX - 500 + random.nextDouble() * (maxX - minX);
            double y = minY - 500 + random.nextDouble() * (maxY - minY);
            double side = 100 + random.nextDouble() * 3_000;
            Area area = new Area(x, y, x + side, y + side);
            List<LinkGraph.Arrow> meeting = all.stream().filter(arrow -> arrow.curve() != null && passesThrough(arrow.curve(), area)).toList();
            List<LinkGraph.Arrow> found = graph.arrowsMeeting(board, area);
            assertEquals(meeting, found.stream().filter(arrow -> passesThrough(arrow.curve(), area)).toList(), "area " + area);
            smallest = Math.min(smallest, found.size() / (double) all.size());
            withArrows += meeting.isEmpty() ? 0 : 1;
        }
        assertTrue(withArrows > 100, "most areas meet arrows: " + withArrows);
        assertTrue(smallest < 0.1, "a small area looks at a small share of the arrows: " + smallest);
    }

    @Test
    void aLongArrowIsFiledWhereItsCurveRunsNotAllOverItsBox() {
        Board board = Board.empty(BoardSettings.titled("Long"));
        StickyId from = board.apply(AddSticky.at(StickyKind.COMMAND.create("Place Order"), new Geometry(0, 0, 160, 100))).addedIds().get(0);
        StickyId to = board.apply(AddSticky.at(StickyKind.EVENT.create("Order Placed"), new Geometry(40_000, 20_000, 160, 100))).addedIds().get(0);
        board.apply(new LinkStickies(from, to));
        LinkGraph graph = new LinkGraph();
        LinkGraph.Arrow arrow = graph.arrows(board).get(0);
        assertEquals(Set.of(from, to), Set.of(arrow.link().from(), arrow.link().to()));
        ArrowPainter.Curve curve = arrow.curve();
        for (int i = 0; i <= 1000; i++) {
            double t = i / 1000.0;
            double x = point(curve.x1(), curve.c1x(), curve.c2x(), curve.x2(), t);
            double y = point(curve.y1(), curve.c1y(), curve.c2y(), curve.y2(), t);
            assertEquals(List.of(arrow), graph.arrowsMeeting(board, new Area(x - 1, y - 1, x + 1, y + 1)), "the point at t = " + t);
        }
        // The box's far corners are 20,000 units from the curve: nothing there.
        assertEquals(List.of(), graph.arrowsMeeting(board, new Area(38_000, 100, 39_000, 1_000)));
        assertEquals(List.of(), graph.arrowsMeeting(board, new Area(100, 19_000, 1_000, 20_000)));
    }

    /** Whether a point of the curve, taken every 1/400 of its length in t, lies in the area. */
    private static boolean passesThrough(ArrowPainter.Curve curve, Area area) {
        if (curve == null) {
            return false;
        }
        for (int i = 0; i <= 400; i++) {
            double t = i / 400.0;
            double x = point(curve.x1(), curve.c1x(), curve.c2x(), curve.x2(), t);
            double y = point(curve.y1(), curve.c1y(), curve.c2y(), curve.y2(), t);
            if (area.meets(x, y, x, y)) {
                return true;
            }
        }
        return false;
    }

    private static double point(double p0, double p1, double p2, double p3, double t) {
        double u = 1 - t;
        return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    }
}
