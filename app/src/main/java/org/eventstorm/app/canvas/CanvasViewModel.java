package org.eventstorm.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.util.Duration;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.document.EditOutcome;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Boundary;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddLinkedSticky;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.Batch;
import org.eventstorm.model.edit.ChangeKind;
import org.eventstorm.model.edit.EditBoundary;
import org.eventstorm.model.edit.LinkStickies;
import org.eventstorm.model.edit.MarkPivotal;
import org.eventstorm.model.edit.MoveSticky;
import org.eventstorm.model.edit.RemoveSticky;
import org.eventstorm.model.edit.RenameSticky;
import org.eventstorm.model.navigate.Direction;
import org.eventstorm.model.navigate.Neighbours;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.render.Area;
import org.eventstorm.render.NameCards;

/**
 * What the canvas shows and what a person can do on it, in board terms: the viewport, the selection, the kind new
 * stickies get, and every canvas action as an edit on the document. The view only paints this and turns mouse and
 * keys into calls here.
 */
public final class CanvasViewModel {
    /** Board units a new sticky, a move or a resize snaps to. */
    static final int SNAP = 10;
    /** Screen pixels kept free on the left when fitting a board with lanes, where the lane headers are drawn. */
    static final double LANE_HEADER_ROOM = 150;

    private final BoardDocument document;
    private final Notices notices;
    private final Viewport viewport = new Viewport();
    private final ObservableSet<StickyId> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<StickyId> highlighted = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<StickyId> spotlight = FXCollections.observableSet(new HashSet<>());
    private final ObjectProperty<StickyId> focused = new SimpleObjectProperty<>(this, "focused");
    private final ObjectProperty<StickyKind> newKind = new SimpleObjectProperty<>(this, "newKind", StickyKind.EVENT);
    private final ObjectProperty<Field> focusedField = new SimpleObjectProperty<>(this, "focusedField");
    private final DoubleProperty viewWidth = new SimpleDoubleProperty(this, "viewWidth");
    private final DoubleProperty viewHeight = new SimpleDoubleProperty(this, "viewHeight");
    private final SpatialGrid grid = new SpatialGrid();
    private final KindFilter kindFilter = new KindFilter();
    private final AutoCloseable subscription;
    private Timeline flight;

    public CanvasViewModel(BoardDocument document, Notices notices) {
        this.document = document;
        this.notices = notices;
        board().geometries().forEach(grid::put);
        kindFilter.setLevel(board().settings().level());
        this.subscription = document.addListener(change -> {
            kindFilter.setLevel(board().settings().level());
            if (!board().settings().level().has(newKind.get())) {
                newKind.set(StickyKind.EVENT);
            }
            for (Change primitive : change.changes()) {
                if (primitive instanceof Change.GeometryChange moved) {
                    if (moved.after() == null) {
                        grid.remove(moved.id());
                    } else {
                        grid.put(moved.id(), moved.after());
                    }
                }
            }
            selection.removeIf(id -> !board().contains(id));
            if (focused.get() != null && !board().contains(focused.get())) {
                focused.set(selection.isEmpty() ? null : last());
            }
        });
    }

    /** Stops following the document: for a second view of it (a presentation) that has closed. */
    public void detach() {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public BoardDocument document() {
        return document;
    }

    public Board board() {
        return document.board();
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Which kinds the canvas shows, dims or hides. */
    public KindFilter kindFilter() {
        return kindFilter;
    }

    public ObservableSet<StickyId> selection() {
        return selection;
    }

    /** The stickies lit as a chain (the saga the saga panel shows), apart from the selection. */
    public ObservableSet<StickyId> highlighted() {
        return highlighted;
    }

    /** When not empty, the stickies drawn in full while every other one fades (a presentation's current step). */
    public ObservableSet<StickyId> spotlight() {
        return spotlight;
    }

    /** The sticky the inspector shows: the last one selected. */
    public ObjectProperty<StickyId> focusedProperty() {
        return focused;
    }

    /** The field of the focused sticky the person was sent to (by a finding); the inspector shows and focuses it. */
    public ObjectProperty<Field> focusedFieldProperty() {
        return focusedField;
    }

    /** Flies to a sticky and asks the inspector to show one of its fields. */
    public void flyTo(StickyId id, Field field) {
        flyTo(id);
        focusedField.set(null);
        focusedField.set(field);
    }

    public ObjectProperty<StickyKind> newKindProperty() {
        return newKind;
    }

    public DoubleProperty viewWidthProperty() {
        return viewWidth;
    }

    public DoubleProperty viewHeightProperty() {
        return viewHeight;
    }

    public Notices notices() {
        return notices;
    }

    // ---- selection -----------------------------------------------------------------------------

    public void select(StickyId id, boolean additive) {
        if (!additive) {
            selection.clear();
        }
        if (additive && selection.contains(id)) {
            selection.remove(id);
            focused.set(selection.isEmpty() ? null : last());
            return;
        }
        selection.add(id);
        focused.set(id);
    }

    public void selectOnly(List<StickyId> ids) {
        selection.clear();
        selection.addAll(ids);
        focused.set(ids.isEmpty() ? null : ids.get(ids.size() - 1));
    }

    public void clearSelection() {
        selection.clear();
        focused.set(null);
    }

    public void selectAll() {
        selectOnly(board().ids().stream().filter(id -> !kindFilter.isHidden(id.kind())).toList());
    }

    /** Selects the stickies inside a board rectangle (the marquee), adding to the selection when asked. */
    public void selectWithin(Bounds area, boolean additive) {
        List<StickyId> inside = new ArrayList<>();
        board().geometries().forEach((id, g) -> {
            if (!kindFilter.isHidden(id.kind()) && g.x() >= area.getMinX() && g.right() <= area.getMaxX() && g.y() >= area.getMinY()
                    && g.bottom() <= area.getMaxY()) {
                inside.add(id);
            }
        });
        inside.sort(null);
        if (!additive) {
            selection.clear();
        }
        selection.addAll(inside);
        focused.set(selection.isEmpty() ? null : last());
    }

    private StickyId last() {
        StickyId last = null;
        for (StickyId id : selection) {
            last = id;
        }
        return last;
    }

    // ---- editing ---------------------------------------------------------------------------------

    /** Applies an edit; a refusal is told to the person and nothing changes. */
    public EditOutcome apply(Edit edit) {
        EditOutcome outcome = document.apply(edit);
        outcome.refusalMessage().ifPresent(notices::problem);
        return outcome;
    }

    /** Where a new sticky of {@code kind} goes when placed at a board point: centred on it, snapped to the grid. */
    public static Geometry newGeometry(StickyKind kind, Point2D center) {
        int x = snap(center.getX() - kind.defaultWidth() / 2.0);
        int y = snap(center.getY() - kind.defaultHeight() / 2.0);
        return new Geometry(x, y, kind.defaultWidth(), kind.defaultHeight());
    }

    /** Adds a sticky and selects it; empty when the name is blank or the board refused. */
    public Optional<StickyId> create(StickyKind kind, String name, Geometry geometry) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        EditOutcome outcome = apply(AddSticky.at(kind.create(name.strip().replace('\n', ' ')), geometry));
        if (!outcome.isApplied()) {
            return Optional.empty();
        }
        StickyId id = outcome.addedIds().get(0);
        select(id, false);
        return Optional.of(id);
    }

    /** Adds the flow's next sticky after {@code anchor}, linked from it (one undo step), and selects it. */
    public Optional<StickyId> createLinked(StickyId anchor, StickyKind kind, String name) {
        if (name == null || name.isBlank() || !board().contains(anchor)) {
            return Optional.empty();
        }
        EditOutcome outcome = apply(new AddLinkedSticky(anchor, kind.create(name.strip().replace('\n', ' ')), true));
        if (!outcome.isApplied()) {
            return Optional.empty();
        }
        StickyId id = outcome.addedIds().get(0);
        select(id, false);
        return Optional.of(id);
    }

    /** Makes every selected sticky {@code kind}, as one undo step; the selection follows to their new ids. */
    public void changeKindOfSelection(StickyKind kind) {
        List<StickyId> changing = selectionInBoardOrder().stream().filter(id -> id.kind() != kind).toList();
        if (changing.isEmpty()) {
            return;
        }
        List<Edit> edits = changing.stream().<Edit>map(id -> new ChangeKind(id, kind)).toList();
        EditOutcome outcome = apply(new Batch(changing.size() == 1 ? "Make " + quoted(changing.get(0)) + " a " + kind.title()
                : "Make " + changing.size() + " stickies " + kind.plural(), edits));
        if (outcome.isApplied()) {
            selectOnly(outcome.addedIds());
        }
    }

    /** Draws a boundary across the lanes at board x {@code x} (snapped to the grid), labelled: one undo step. */
    public void addBoundary(double x, String label) {
        applyAndSay(EditBoundary.add(new Boundary(snap(x), label)));
    }

    /** Takes a boundary away: one undo step. */
    public void removeBoundary(Boundary boundary) {
        applyAndSay(EditBoundary.remove(boundary));
    }

    /** Marks the selected events pivotal, or unmarks them when they all are: one undo step. */
    public void togglePivotal() {
        applyAndSay(new MarkPivotal(selectionInBoardOrder()));
    }

    /** Applies a mark, saying what it did and how to take it back (a refusal says why, as {@link #apply} does). */
    private void applyAndSay(Edit edit) {
        String description = edit.description(board());
        if (apply(edit).isApplied()) {
            notices.info(description + " \u2014 undo with Ctrl+Z");
        }
    }

    /** Selects the sticky next to the focused one in {@code direction} and brings it into view. */
    public void selectNeighbour(Direction direction) {
        StickyId from = focused.get();
        if (from == null || !board().contains(from)) {
            List<StickyId> visible = stickiesWithin(viewport.visibleWorld(viewWidth.get(), viewHeight.get()));
            visible.stream().min(Comparator.comparingInt((StickyId id) -> board().geometry(id).map(Geometry::x).orElse(0))).ifPresent(
                    first -> select(first, false));
            return;
        }
        Neighbours.of(board(), from, direction).ifPresent(next -> {
            select(next, false);
            board().geometry(next).ifPresent(this::reveal);
        });
    }

    /** Pans just enough that {@code place} is on screen, with a margin; nothing when it already is. */
    public void reveal(Geometry place) {
        double margin = 40;
        Bounds visible = viewport.visibleWorld(viewWidth.get(), viewHeight.get());
        double scale = viewport.scale();
        double dx = 0;
        double dy = 0;
        if (place.x() < visible.getMinX() + margin / scale) {
            dx = (visible.getMinX() + margin / scale - place.x()) * scale;
        } else if (place.right() > visible.getMaxX() - margin / scale) {
            dx = -(place.right() - visible.getMaxX() + margin / scale) * scale;
        }
        if (place.y() < visible.getMinY() + margin / scale) {
            dy = (visible.getMinY() + margin / scale - place.y()) * scale;
        } else if (place.bottom() > visible.getMaxY() - margin / scale) {
            dy = -(place.bottom() - visible.getMaxY() + margin / scale) * scale;
        }
        if (dx != 0 || dy != 0) {
            viewport.panBy(dx, dy);
        }
    }

    public void rename(StickyId id, String name) {
        if (name != null && !name.isBlank() && board().contains(id) && !board().get(id).name().equals(name.strip())) {
            EditOutcome outcome = apply(new RenameSticky(id, name));
            if (outcome.isApplied()) {
                outcome.change().addedIds().stream().findFirst().ifPresent(renamed -> select(renamed, false));
            }
        }
    }

    /** Moves every selected sticky by a board offset, as one undo step. */
    public void moveSelectionBy(double dx, double dy) {
        int sx = (int) Math.round(dx);
        int sy = (int) Math.round(dy);
        if (selection.isEmpty() || (sx == 0 && sy == 0)) {
            return;
        }
        List<Edit> moves = new ArrayList<>();
        for (StickyId id : selection) {
            board().geometry(id).ifPresent(g -> moves.add(new MoveSticky(id, new Geometry(snap(g.x() + sx), snap(g.y() + sy), g.w(), g.h()))));
        }
        apply(new Batch(moves.size() == 1 ? "Move " + quoted(selection.iterator().next()) : "Move " + moves.size() + " stickies", moves));
    }

    public void resize(StickyId id, double width, double height) {
        board().geometry(id).ifPresent(g -> apply(new MoveSticky(id, new Geometry(g.x(), g.y(),
                Math.max(60, snap(width)), Math.max(40, snap(height))))));
    }

    public void deleteSelection() {
        if (selection.isEmpty()) {
            return;
        }
        List<Edit> removals = selection.stream().sorted().<Edit>map(RemoveSticky::new).toList();
        apply(new Batch(removals.size() == 1 ? "Delete " + quoted(selection.iterator().next()) : "Delete " + removals.size() + " stickies",
                removals));
    }

    public EditOutcome link(StickyId from, StickyId to) {
        EditOutcome outcome = apply(new LinkStickies(from, to));
        if (outcome.isApplied() && !outcome.change().changes().isEmpty()) {
            notices.info("Linked " + quoted(from) + " to " + quoted(to));
        }
        return outcome;
    }

    private String quoted(StickyId id) {
        return board().sticky(id).map(sticky -> "'" + sticky.name() + "'").orElse(id.toString());
    }

    /** Where stickies show when that is more than their boxes; null until a canvas draws the board. */
    private Function<StickyId, Area> shownAreas;

    // ---- looking around -----------------------------------------------------------------------------

    /**
     * The topmost sticky under a board point: a selected one first, else the last in drawing order. Zoomed out, a
     * point on the card a sticky's name is shown on is on the sticky too.
     */
    public Optional<StickyId> stickyAt(double worldX, double worldY) {
        List<StickyId> under = grid.within(new BoundingBox(worldX, worldY, 0, 0));
        Optional<StickyId> onBox = under.stream().filter(id -> !kindFilter.isHidden(id.kind())).max(
                Comparator.comparing((StickyId id) -> selection.contains(id)).thenComparing(id -> id));
        if (onBox.isPresent() || shownAreas == null) {
            return onBox;
        }
        double around = NameCards.overhang(viewport.scale());
        for (StickyId id : stickiesWithin(new BoundingBox(worldX - around, worldY - around, 2 * around, 2 * around))) {
            Area shown = shownAreas.apply(id);
            if (shown != null && shown.meets(worldX, worldY, worldX, worldY)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Tells where stickies show when larger than their boxes (the cards their names are on, zoomed out), for {@link #stickyAt}. */
    void showsStickiesBy(Function<StickyId, Area> areas) {
        this.shownAreas = areas;
    }

    /** The stickies meeting a board rectangle, in drawing order (selected ones last, on top). */
    public List<StickyId> stickiesWithin(Bounds area) {
        List<StickyId> found = grid.within(area);
        found.removeIf(id -> kindFilter.isHidden(id.kind()));
        found.sort(Comparator.comparing((StickyId id) -> selection.contains(id)).thenComparing(id -> id));
        return found;
    }

    /** The rectangle every sticky and lane fits in, or empty for an empty board. */
    public Optional<Bounds> extent() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Geometry g : board().geometries().values()) {
            minX = Math.min(minX, g.x());
            minY = Math.min(minY, g.y());
            maxX = Math.max(maxX, g.right());
            maxY = Math.max(maxY, g.bottom());
        }
        if (minX == Double.MAX_VALUE) {
            return Optional.empty();
        }
        for (var context : board().settings().contexts()) {
            if (context.swimlane() != null) {
                minY = Math.min(minY, context.swimlane().y());
                maxY = Math.max(maxY, context.swimlane().bottom());
            }
        }
        return Optional.of(new BoundingBox(minX - 10, minY, maxX - minX + 20, maxY - minY));
    }

    /** Shows the whole board. */
    public void zoomToFit() {
        extent().ifPresentOrElse(
                bounds -> viewport.fit(bounds, viewWidth.get(), viewHeight.get(), board().settings().contexts().isEmpty() ? 24 : LANE_HEADER_ROOM, 24),
                () -> viewport.setScaleAt(0, 0, 1));
    }

    /** Shows the selection, or the whole board when nothing is selected. */
    public void zoomToSelection() {
        List<Geometry> places = selection.stream().map(id -> board().geometry(id)).flatMap(Optional::stream).toList();
        if (places.isEmpty()) {
            zoomToFit();
            return;
        }
        int minX = places.stream().mapToInt(Geometry::x).min().orElse(0);
        int minY = places.stream().mapToInt(Geometry::y).min().orElse(0);
        int maxX = places.stream().mapToInt(Geometry::right).max().orElse(0);
        int maxY = places.stream().mapToInt(Geometry::bottom).max().orElse(0);
        double before = viewport.scale();
        viewport.fit(new BoundingBox(minX, minY, maxX - minX, maxY - minY), viewWidth.get(), viewHeight.get(), 80);
        if (viewport.scale() > 1.5) {
            viewport.setScaleAt(viewWidth.get() / 2, viewHeight.get() / 2, Math.max(before, 1.5));
        }
    }

    /** Moves the view smoothly so a sticky is in the middle at a readable zoom, and selects it. */
    public void flyTo(StickyId id) {
        Optional<Geometry> place = board().geometry(id);
        if (place.isEmpty()) {
            return;
        }
        select(id, false);
        double targetScale = Math.max(viewport.scale(), 0.9);
        double targetX = viewWidth.get() / 2 - place.get().centerX() * targetScale;
        double targetY = viewHeight.get() / 2 - place.get().centerY() * targetScale;
        fly(targetScale, targetX, targetY);
    }

    /** Moves the view smoothly so {@code stickies} fill it, with room around them and no closer than {@code maxScale}. */
    public void flyToShow(Collection<StickyId> stickies, double maxScale) {
        flyToShow(stickies, maxScale, 0);
    }

    /** As {@link #flyToShow(java.util.Collection, double)}, keeping {@code bottomReserve} pixels at the bottom free (for a caption). */
    public void flyToShow(Collection<StickyId> stickies, double maxScale, double bottomReserve) {
        List<Geometry> places = stickies.stream().map(id -> board().geometry(id)).flatMap(Optional::stream).toList();
        if (places.isEmpty() || viewWidth.get() <= 0) {
            return;
        }
        int minX = places.stream().mapToInt(Geometry::x).min().orElse(0);
        int minY = places.stream().mapToInt(Geometry::y).min().orElse(0);
        int maxX = places.stream().mapToInt(Geometry::right).max().orElse(0);
        int maxY = places.stream().mapToInt(Geometry::bottom).max().orElse(0);
        double margin = 120;
        double height = Math.max(200, viewHeight.get() - bottomReserve);
        double targetScale = Viewport.clamp(Math.min(maxScale, Math.min((viewWidth.get() - 2 * margin) / Math.max(1, maxX - minX),
                (height - 2 * margin) / Math.max(1, maxY - minY))));
        fly(targetScale, viewWidth.get() / 2 - (minX + maxX) / 2.0 * targetScale, height / 2 - (minY + maxY) / 2.0 * targetScale);
    }

    private void fly(double targetScale, double targetX, double targetY) {
        if (flight != null) {
            flight.stop();
        }
        flight = new Timeline(new KeyFrame(Duration.millis(260),
                new KeyValue(viewport.scaleProperty(), targetScale, Interpolator.EASE_BOTH),
                new KeyValue(viewport.translateXProperty(), targetX, Interpolator.EASE_BOTH),
                new KeyValue(viewport.translateYProperty(), targetY, Interpolator.EASE_BOTH)));
        flight.play();
    }

    public void zoomBy(double factor) {
        viewport.zoomAt(viewWidth.get() / 2, viewHeight.get() / 2, factor);
    }

    public void actualSize() {
        viewport.setScaleAt(viewWidth.get() / 2, viewHeight.get() / 2, 1.0);
    }

    /** Selected stickies in the order they sit on the board (left to right, top to bottom). */
    public List<StickyId> selectionInBoardOrder() {
        return selection.stream().sorted(Comparator.comparingInt((StickyId id) -> board().geometry(id).map(Geometry::x).orElse(0)).thenComparingInt(
                id -> board().geometry(id).map(Geometry::y).orElse(0))).toList();
    }

    public Optional<Sticky> focusedSticky() {
        return Optional.ofNullable(focused.get()).flatMap(id -> board().sticky(id));
    }

    static int snap(double value) {
        return (int) Math.round(value / SNAP) * SNAP;
    }
}
