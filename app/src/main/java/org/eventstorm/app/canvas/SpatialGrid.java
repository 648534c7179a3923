package org.eventstorm.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.StickyId;

/**
 * Which stickies lie where, in cells of the board: what the canvas paints and hit-tests is found by area, so the cost
 * of a frame follows what is visible, not the size of the board.
 */
final class SpatialGrid {
    private static final int CELL = 512;
    private final Map<Long, Set<StickyId>> cells = new HashMap<>();
    private final Map<StickyId, Geometry> placed = new HashMap<>();

    void put(StickyId id, Geometry geometry) {
        remove(id);
        placed.put(id, geometry);
        forCells(geometry.x(), geometry.y(), geometry.right(), geometry.bottom(), cell -> cells.computeIfAbsent(cell, c -> new HashSet<>()).add(id));
    }

    void remove(StickyId id) {
        Geometry old = placed.remove(id);
        if (old != null) {
            forCells(old.x(), old.y(), old.right(), old.bottom(), cell -> {
                Set<StickyId> ids = cells.get(cell);
                if (ids != null) {
                    ids.remove(id);
                    if (ids.isEmpty()) {
                        cells.remove(cell);
                    }
                }
            });
        }
    }

    void clear() {
        cells.clear();
        placed.clear();
    }

    /** The stickies whose rectangles meet {@code area}, in no particular order. */
    List<StickyId> within(Bounds area) {
        Set<StickyId> found = new HashSet<>();
        forCells(area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY(), cell -> {
            Set<StickyId> ids = cells.get(cell);
            if (ids != null) {
                for (StickyId id : ids) {
                    Geometry g = placed.get(id);
                    if (g.x() <= area.getMaxX() && g.right() >= area.getMinX() && g.y() <= area.getMaxY() && g.bottom() >= area.getMinY()) {
                        found.add(id);
                    }
                }
            }
        });
        return new ArrayList<>(found);
    }

    private interface CellAction {
        void apply(long cell);
    }

    private static void forCells(double minX, double minY, double maxX, double maxY, CellAction action) {
        long fromX = (long) Math.floor(minX / CELL);
        long toX = (long) Math.floor(maxX / CELL);
        long fromY = (long) Math.floor(minY / CELL);
        long toY = (long) Math.floor(maxY / CELL);
        if ((toX - fromX + 1) * (toY - fromY + 1) > 4_000_000) {
            throw new IllegalArgumentException("area too large to index");
        }
        for (long cx = fromX; cx <= toX; cx++) {
            for (long cy = fromY; cy <= toY; cy++) {
                action.apply((cx << 32) ^ (cy & 0xffffffffL));
            }
        }
    }
}
