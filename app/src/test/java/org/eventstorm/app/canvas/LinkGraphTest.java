package org.eventstorm.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.eventstorm.exporters.picture.Area;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.generate.BoardGenerator;
import org.junit.jupiter.api.Test;

/** The arrows a tile looks at: exactly those whose curves meet it, in the board's order, found without looking at all. */
class LinkGraphTest {
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
            List<LinkGraph.Arrow> meeting = all.stream().filter(arrow -> arrow.curve() != null && arrow.curve().meets(area)).toList();
            List<LinkGraph.Arrow> found = graph.arrowsMeeting(board, area);
            assertEquals(meeting, found.stream().filter(arrow -> arrow.curve() != null && arrow.curve().meets(area)).toList(), "area " + area);
            smallest = Math.min(smallest, found.size() / (double) all.size());
            withArrows += meeting.isEmpty() ? 0 : 1;
        }
        assertTrue(withArrows > 100, "most areas meet arrows: " + withArrows);
        assertTrue(smallest < 0.1, "a small area looks at a small share of the arrows: " + smallest);
    }
}
