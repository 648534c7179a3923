package org.eventstorm.model.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Swimlane;
import org.eventstorm.model.link.Link;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.link.ResolvedReference;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Places stickies that have no place yet (a file written by hand, or pulled from a teammate's branch): next to
 * a sticky they link to, after it in time when it comes before them; else in their context's swimlane; else on a
 * row below the board. Never on top of another sticky.
 */
public final class AutoPlacer {
    static final int GAP_X = 40;
    static final int GAP_Y = 30;
    private static final int CELL = 256;

    private final Board board;
    private final Map<Long, List<Geometry>> cells = new HashMap<>();
    private final Map<StickyId, Set<Neighbour>> neighbours = new HashMap<>();
    private int fallbackX;
    private int fallbackY;

    private record Neighbour(StickyId id, boolean before) {
    }

    private AutoPlacer(Board board) {
        this.board = board;
    }

    /** Places every unplaced sticky of {@code board} (without recording an edit) and returns their ids. */
    public static List<StickyId> placeUnplaced(Board board) {
        return new AutoPlacer(board).run();
    }

    /**
     * A free place for a sticky about to be added as {@code id}: next to a sticky it names, else in its context's
     * swimlane, else below the board.
     */
    public static Geometry placeFor(Board board, StickyId id, Sticky sticky) {
        AutoPlacer placer = new AutoPlacer(board);
        board.geometries().values().forEach(placer::index);
        for (ResolvedReference reference : new ReferenceResolver(board).referencesOf(id, sticky)) {
            for (Link link : reference.links()) {
                boolean before = link.to().equals(id);
                placer.neighbours.computeIfAbsent(id, key -> new LinkedHashSet<>()).add(new Neighbour(before ? link.from() : link.to(), before));
            }
        }
        placer.fallbackY = board.geometries().values().stream().mapToInt(Geometry::bottom).max().orElse(0) + GAP_Y * 2;
        placer.fallbackX = GAP_X;
        return placer.free(placer.proposal(id, sticky));
    }

    /**
     * A free place for a new sticky of {@code kind} beside {@code anchor}: after it in time ({@code after}), or
     * before it.
     */
    public static Geometry placeBeside(Board board, StickyId anchor, StickyKind kind, boolean after) {
        AutoPlacer placer = new AutoPlacer(board);
        board.geometries().values().forEach(placer::index);
        Geometry near = board.geometry(anchor).orElse(new Geometry(GAP_X, GAP_Y, kind.defaultWidth(), kind.defaultHeight()));
        int x = after ? near.right() + GAP_X : near.x() - GAP_X - kind.defaultWidth();
        return placer.free(new Geometry(x, near.y(), kind.defaultWidth(), kind.defaultHeight()));
    }

    private List<StickyId> run() {
        List<StickyId> unplaced = board.ids().stream().filter(id -> board.geometry(id).isEmpty()).toList();
        if (unplaced.isEmpty()) {
            return List.of();
        }
        board.geometries().values().forEach(this::index);
        indexLinks();
        int bottom = board.geometries().values().stream().mapToInt(Geometry::bottom).max().orElse(0);
        fallbackY = bottom + GAP_Y * 2;
        fallbackX = GAP_X;
        Set<StickyId> waiting = new LinkedHashSet<>(unplaced);
        Deque<StickyId> queue = new ArrayDeque<>();
        for (StickyId id : unplaced) {
            if (neighbours(id).stream().anyMatch(n -> board.geometry(n.id()).isPresent())) {
                queue.add(id);
            }
        }
        List<StickyId> placed = new ArrayList<>();
        while (!waiting.isEmpty()) {
            StickyId next = queue.isEmpty() ? waiting.iterator().next() : queue.poll();
            if (!waiting.remove(next)) {
                continue;
            }
            Geometry place = free(proposal(next, board.get(next)));
            board.setInitialGeometry(next, place);
            index(place);
            placed.add(next);
            for (Neighbour neighbour : neighbours(next)) {
                if (waiting.contains(neighbour.id())) {
                    queue.add(neighbour.id());
                }
            }
        }
        return placed;
    }

    private Geometry proposal(StickyId id, Sticky sticky) {
        int w = sticky.kind().defaultWidth();
        int h = sticky.kind().defaultHeight();
        for (Neighbour neighbour : neighbours(id)) {
            Optional<Geometry> other = board.geometry(neighbour.id());
            if (other.isPresent() && neighbour.before()) {
                return new Geometry(other.get().right() + GAP_X, other.get().y(), w, h);
            }
        }
        for (Neighbour neighbour : neighbours(id)) {
            Optional<Geometry> other = board.geometry(neighbour.id());
            if (other.isPresent()) {
                return new Geometry(other.get().x() - GAP_X - w, other.get().y(), w, h);
            }
        }
        Optional<Swimlane> lane = sticky.content().text(Field.CONTEXT).flatMap(name -> board.settings().context(name)).flatMap(BoundedContext::lane);
        if (lane.isPresent()) {
            int right = board.geometries().values().stream().filter(g -> lane.get().containsY(g.centerY())).mapToInt(Geometry::right).max().orElse(0);
            return new Geometry(right + GAP_X, lane.get().y() + GAP_Y, w, h);
        }
        Geometry place = new Geometry(fallbackX, fallbackY, w, h);
        fallbackX += w + GAP_X;
        return place;
    }

    /** The proposal, moved down until it crowds no other sticky. */
    private Geometry free(Geometry proposal) {
        Geometry place = proposal;
        while (crowded(place)) {
            place = place.movedBy(0, place.h() + GAP_Y);
        }
        return place;
    }

    private boolean crowded(Geometry place) {
        for (long cell : cellsOf(place, GAP_X)) {
            for (Geometry other : cells.getOrDefault(cell, List.of())) {
                if (place.crowds(other, GAP_Y / 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void index(Geometry place) {
        for (long cell : cellsOf(place, 0)) {
            cells.computeIfAbsent(cell, key -> new ArrayList<>()).add(place);
        }
    }

    private static List<Long> cellsOf(Geometry place, int margin) {
        List<Long> result = new ArrayList<>();
        for (int cx = Math.floorDiv(place.x() - margin, CELL); cx <= Math.floorDiv(place.right() + margin, CELL); cx++) {
            for (int cy = Math.floorDiv(place.y() - margin, CELL); cy <= Math.floorDiv(place.bottom() + margin, CELL); cy++) {
                result.add(((long) cx << 32) ^ (cy & 0xffffffffL));
            }
        }
        return result;
    }

    private void indexLinks() {
        ReferenceResolver resolver = new ReferenceResolver(board);
        board.stickies().forEach((id, sticky) -> {
            for (ResolvedReference reference : resolver.referencesOf(id, sticky)) {
                for (Link link : reference.links()) {
                    neighbours.computeIfAbsent(link.to(), key -> new LinkedHashSet<>()).add(new Neighbour(link.from(), true));
                    neighbours.computeIfAbsent(link.from(), key -> new LinkedHashSet<>()).add(new Neighbour(link.to(), false));
                }
            }
        });
    }

    private Set<Neighbour> neighbours(StickyId id) {
        return neighbours.getOrDefault(id, Set.of());
    }
}
