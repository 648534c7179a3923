package org.eventstorm.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.BoundingBox;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.Link;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.render.Area;
import org.eventstorm.render.ArrowPainter;
import org.eventstorm.render.BoardTheme;
import org.eventstorm.render.LanePainter;
import org.eventstorm.render.NameCards;
import org.eventstorm.render.StickyLook;
import org.eventstorm.render.StickyPainter;
import org.eventstorm.render.Surface;

/**
 * What the canvas's tiles and cover show of the board: the background and its grid, the lanes, the arrows and the
 * stickies, each as selected, hovered, dimmed, moved by a gesture in progress and badged with its findings.
 */
final class BoardPainter implements TileLayer.Painter {
    private static final double GRID = 40;
    /** The closest the grid's dots come on screen. */
    private static final double GRID_MIN_PIXELS = 22;
    /** How opaque a dimmed kind is drawn. */
    private static final double DIMMED = 0.22;

    private final CanvasViewModel model;
    private final CanvasInput input;
    private final Supplier<BoardTheme> theme;
    private final StickyPainter stickies = new StickyPainter();
    private final NameCards names = new NameCards();
    private final ArrowPainter arrows = new ArrowPainter();
    private final LanePainter lanes = new LanePainter();
    private final LinkGraph links = new LinkGraph();
    private final Map<StickyId, Summary> findingSummaries = new HashMap<>();
    /** Whether a boundary's label would cover a name there, for the board's revision and zoom below. */
    private final Map<Area, Boolean> covering = new HashMap<>();
    private long coveringRevision = -1;
    private double coveringScale = Double.NaN;

    /** Findings on one sticky, as the badge shows them. */
    private record Summary(int count, Severity worst) {
    }

    BoardPainter(CanvasViewModel model, CanvasInput input, Supplier<BoardTheme> theme) {
        this.model = model;
        this.input = input;
        this.theme = theme;
        summarizeFindings();
    }

    /** The board's arrows with their curves (worked out once per board revision). */
    List<LinkGraph.Arrow> arrows() {
        return links.arrows(model.board());
    }

    /** Where arrows went or came with {@code change}, or null when all of them must be drawn again. */
    List<Area> changed(BoardChange change) {
        return links.changed(change);
    }

    /** Counts the findings on each sticky again, for the badges: call when all findings may have changed. Returns the stickies whose badge changed. */
    Set<StickyId> summarizeFindings() {
        Set<StickyId> all = new HashSet<>(findingSummaries.keySet());
        for (Finding finding : model.document().findings()) {
            if (finding.sticky() != null) {
                all.add(finding.sticky());
            }
        }
        return summarizeFindings(all);
    }

    /** Counts again the findings on {@code touched}, the stickies whose findings changed; returns those whose badge changed. */
    Set<StickyId> summarizeFindings(Set<StickyId> touched) {
        Set<StickyId> changed = new HashSet<>();
        for (StickyId id : touched) {
            Summary now = null;
            for (Finding finding : model.document().findingsOn(id)) {
                now = now == null ? new Summary(1, finding.severity())
                        : new Summary(now.count() + 1, now.worst().atLeast(finding.severity()) ? now.worst() : finding.severity());
            }
            Summary before = now == null ? findingSummaries.remove(id) : findingSummaries.put(id, now);
            if (!Objects.equals(before, now)) {
                changed.add(id);
            }
        }
        return changed;
    }

    @Override
    public void paint(Surface s, double scale, double originX, double originY, Area world, double left, double top, double right,
            double bottom) {
        BoardTheme colors = theme.get();
        Board board = model.board();
        s.transform(1, 0, 0);
        s.alpha(1);
        s.fill(colors.background());
        s.fillRect(left, top, right - left, bottom - top);
        paintGrid(s, colors, scale, originX, originY, left, top, right, bottom);

        s.transform(scale, originX, originY);
        lanes.paintBands(s, board.settings().contexts(), world, colors, scale);
        lanes.paintBoundaries(s, board.settings().contexts(), board.settings().boundaries(), world, colors, scale);

        var preview = input.preview();
        KindFilter filter = model.kindFilter();
        Set<StickyId> spotlight = model.spotlight();
        Set<StickyId> selection = model.selection();
        Set<StickyId> lit = model.highlighted();
        boolean previewing = preview != CanvasInput.Preview.NONE;
        // while a gesture moves stickies their arrows run elsewhere than filed: look at all of them
        for (LinkGraph.Arrow arrow : previewing ? arrows() : links.arrowsMeeting(board, world)) {
            Link link = arrow.link();
            ArrowPainter.Curve curve = arrow.curve();
            if (previewing && (preview.moves(link.from()) || preview.moves(link.to()))) {
                Geometry from = placeOf(link.from(), preview);
                Geometry to = placeOf(link.to(), preview);
                curve = from == null || to == null ? null : ArrowPainter.curve(from, to);
            }
            if (curve == null || filter.isHidden(link.from().kind()) || filter.isHidden(link.to().kind())) {
                continue;
            }
            if (curve.meets(world)) {
                boolean highlighted = !selection.isEmpty() && (selection.contains(link.from()) || selection.contains(link.to()))
                        || !lit.isEmpty() && lit.contains(link.from()) && lit.contains(link.to());
                boolean dimmed = filter.isDimmed(link.from().kind()) || filter.isDimmed(link.to().kind())
                        || !spotlight.isEmpty() && !(spotlight.contains(link.from()) && spotlight.contains(link.to()));
                s.alpha(dimmed ? DIMMED : 1);
                arrows.paint(s, curve, link.rule(), highlighted, colors, scale);
            }
        }

        // a sticky just outside may draw its name's card into the area
        double around = Math.max(40, NameCards.overhang(scale));
        List<StickyId> inView = model.stickiesWithin(new BoundingBox(world.minX() - around, world.minY() - around,
                world.width() + 2 * around, world.height() + 2 * around));
        StickyId hovered = input.hovered();
        for (StickyId id : inView) {
            Sticky sticky = board.sticky(id).orElse(null);
            Geometry place = placeOf(id, preview);
            if (sticky == null || place == null) {
                continue;
            }
            Summary summary = findingSummaries.get(id);
            boolean selected = !selection.isEmpty() && selection.contains(id);
            StickyLook look = new StickyLook(selected, id.equals(hovered), summary == null ? 0 : summary.count(),
                    summary == null ? null : summary.worst(), sticky instanceof Hotspot hotspot && !hotspot.isResolved(),
                    (selected && selection.size() == 1 || id.equals(hovered)) && scale >= 0.3, !lit.isEmpty() && lit.contains(id));
            s.alpha((filter.isDimmed(id.kind()) || !spotlight.isEmpty() && !spotlight.contains(id)) && !selected ? DIMMED : 1);
            stickies.paint(s, sticky, place, look, colors, scale, roomOf(s, id, sticky, place, scale, preview));
        }
        s.alpha(1);
        if (board.revision() != coveringRevision || scale != coveringScale) {
            forgetLabelPlaces();
            coveringRevision = board.revision();
            coveringScale = scale;
        }
        // each tile near a boundary draws its label: where it goes is worked out once for the board as it is
        lanes.paintBoundaryLabels(s, board.settings().contexts(), board.settings().boundaries(), world, colors, scale,
                area -> previewing ? covers(s, area, scale, preview) : covering.computeIfAbsent(area, place -> covers(s, place, scale, preview)));
    }

    /** Where {@code id} shows at {@code scale}: its box, or the card its name needs when zoomed out; null when it has no place. */
    Area shownArea(Surface s, StickyId id, double scale) {
        Sticky sticky = model.board().sticky(id).orElse(null);
        Geometry place = placeOf(id, CanvasInput.Preview.NONE);
        return sticky == null || place == null ? null
                : stickies.shownArea(s, sticky, place, scale, roomOf(s, id, sticky, place, scale, CanvasInput.Preview.NONE));
    }

    /** Forgets where the boundaries' labels went: the stickies look otherwise (a filter, a theme), or the board changed. */
    void forgetLabelPlaces() {
        covering.clear();
        coveringRevision = -1;
    }

    /** Whether a sticky shown in {@code area} or its name's card would be under a label put there. */
    private boolean covers(Surface s, Area area, double scale, CanvasInput.Preview preview) {
        double around = NameCards.overhang(scale);
        for (StickyId id : model.stickiesWithin(new BoundingBox(area.minX() - around, area.minY() - around, area.width() + 2 * around,
                area.height() + 2 * around))) {
            Sticky sticky = model.board().sticky(id).orElse(null);
            Geometry place = placeOf(id, preview);
            if (sticky != null && place != null && !model.kindFilter().isHidden(id.kind())) {
                Area shown = stickies.shownArea(s, sticky, place, scale, roomOf(s, id, sticky, place, scale, preview));
                if (area.meets(shown.minX(), shown.minY(), shown.maxX(), shown.maxY())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The room {@code id}'s name has among the stickies around it, as they are shown (a gesture's moves included). */
    private Area roomOf(Surface s, StickyId id, Sticky sticky, Geometry place, double scale, CanvasInput.Preview preview) {
        if (!NameCards.named(place, scale)) {
            return new Area(place.x(), place.y(), place.right(), place.bottom());
        }
        double near = NameCards.neighbourhood(scale);
        List<NameCards.Neighbour> neighbours = new ArrayList<>();
        for (StickyId other : model.stickiesWithin(new BoundingBox(place.x() - near, place.y() - near, place.w() + 2 * near,
                place.h() + 2 * near))) {
            if (!other.equals(id) && !model.kindFilter().isHidden(other.kind())) {
                Geometry shown = placeOf(other, preview);
                Sticky neighbour = model.board().sticky(other).orElse(null);
                if (shown != null && neighbour != null) {
                    neighbours.add(new NameCards.Neighbour(shown, neighbour.name()));
                }
            }
        }
        return names.room(s, place, sticky.name(), neighbours, scale);
    }

    private Geometry placeOf(StickyId id, CanvasInput.Preview preview) {
        Geometry place = model.board().geometry(id).orElse(null);
        return place == null ? null : preview.adjust(id, place);
    }

    /**
     * The dotted grid: at least {@link #GRID_MIN_PIXELS} apart (closer dots are noise, and each costs as much to draw
     * as a sticky's corner), as small squares, which the software renderer fills far faster than round dots.
     */
    private void paintGrid(Surface s, BoardTheme colors, double scale, double originX, double originY, double left, double top,
            double right, double bottom) {
        double step = GRID * scale;
        while (step < GRID_MIN_PIXELS) {
            step *= 4;
        }
        double dot = Math.max(1.5, Math.min(2.5, scale * 2));
        // From the last dot before the area's edge: a dot across the edge is drawn on both sides of it.
        double firstX = originX + Math.floor((left - dot - originX) / step) * step;
        double firstY = originY + Math.floor((top - dot - originY) / step) * step;
        s.fill(colors.gridDot());
        for (double x = firstX; x < right + dot; x += step) {
            double dotLeft = Math.round(x - dot / 2);
            for (double y = firstY; y < bottom + dot; y += step) {
                s.fillRect(dotLeft, Math.round(y - dot / 2), dot, dot);
            }
        }
    }
}
