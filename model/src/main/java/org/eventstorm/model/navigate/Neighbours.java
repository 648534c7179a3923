package org.eventstorm.model.navigate;

import java.util.Map;
import java.util.Optional;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.StickyId;

/**
 * The sticky an arrow key goes to: the nearest one whose centre lies that way, a step off the line counting twice a
 * step along it, so that Right stays on the row (the flow) and only leaves it when the row ends.
 */
public final class Neighbours {
    private Neighbours() {
    }

    public static Optional<StickyId> of(Board board, StickyId from, Direction direction) {
        Geometry start = board.geometry(from).orElse(null);
        if (start == null) {
            return Optional.empty();
        }
        StickyId best = null;
        double bestCost = Double.MAX_VALUE;
        for (Map.Entry<StickyId, Geometry> entry : board.geometries().entrySet()) {
            if (entry.getKey().equals(from)) {
                continue;
            }
            Geometry place = entry.getValue();
            double dx = place.centerX() - start.centerX();
            double dy = place.centerY() - start.centerY();
            double along = dx * direction.dx() + dy * direction.dy();
            double across = Math.abs(dx * direction.dy()) + Math.abs(dy * direction.dx());
            if (along <= 0 || across > along * 3 + 60) {
                continue; // behind, or so far to the side that it is not "that way"
            }
            double cost = along + 2 * across;
            if (cost < bestCost || cost == bestCost && entry.getKey().compareTo(best) < 0) {
                best = entry.getKey();
                bestCost = cost;
            }
        }
        return Optional.ofNullable(best);
    }
}
