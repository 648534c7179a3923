package org.eventstorm.app.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.eventstorm.exporters.picture.Area;
import org.eventstorm.exporters.picture.ArrowPainter;
import org.eventstorm.exporters.picture.BoardTheme;
import org.eventstorm.exporters.picture.LanePainter;
import org.eventstorm.exporters.picture.StickyLook;
import org.eventstorm.exporters.picture.StickyPainter;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.Link;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Severity;

/**
 * The workshop canvas: an infinite board of sticky notes drawn straight onto a JavaFX {@link Canvas}, only the part in
 * view, at most once per frame. What it shows comes from the {@link CanvasViewModel}; mouse and keys go through
 * {@link CanvasInput}.
 */
public final class BoardCanvas extends Region {
    private static final double GRID = 40;
    /** The closest the grid's dots come on screen. */
    private static final double GRID_MIN_PIXELS = 22;
    /** How opaque a dimmed kind is drawn. */
    private static final double DIMMED = 0.22;

    private final CanvasViewModel model;
    private final Canvas canvas = new Canvas();
    private final InlineEditor editor = new InlineEditor();
    private final CanvasInput input;
    private final ObjectProperty<BoardTheme> theme = new SimpleObjectProperty<>(this, "theme", BoardTheme.LIGHT);
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final StickyPainter stickies = new StickyPainter();
    private final ArrowPainter arrows = new ArrowPainter();
    private final LanePainter lanes = new LanePainter();
    private final LinkGraph links = new LinkGraph();
    private final TimelineRuler ruler = new TimelineRuler();
    private boolean showRuler = true;
    private final Map<StickyId, Summary> findingSummaries = new HashMap<>();
    private javafx.scene.control.ContextMenu contextMenu;
    private final AutoCloseable detach;
    private boolean repaintPending = true;
    private boolean fittedOnce;
    private long framesPainted;

    /** Findings on one sticky, as the badge shows them. */
    private record Summary(int count, Severity worst) {
    }

    public BoardCanvas(CanvasViewModel model) {
        this.model = model;
        getStyleClass().add("board-canvas");
        setFocusTraversable(true);
        getChildren().addAll(canvas, editor);
        input = new CanvasInput(this, model, editor);
        Observable[] repaintOn = {model.viewport().scaleProperty(), model.viewport().translateXProperty(),
                model.viewport().translateYProperty(), theme, widthProperty(), heightProperty()};
        for (Observable observable : repaintOn) {
            observable.addListener(o -> requestRepaint());
        }
        model.selection().addListener((SetChangeListener<StickyId>) change -> requestRepaint());
        model.highlighted().addListener((SetChangeListener<StickyId>) change -> requestRepaint());
        model.spotlight().addListener((SetChangeListener<StickyId>) change -> requestRepaint());
        AutoCloseable repaints = model.document().addListener(change -> requestRepaint());
        model.kindFilter().revisionProperty().addListener(o -> requestRepaint());
        ListChangeListener<Finding> badges = change -> {
            summarizeFindings();
            requestRepaint();
        };
        model.document().findings().addListener(badges);
        summarizeFindings();
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (repaintPending) {
                    repaintPending = false;
                    paint();
                }
            }
        };
        frames.start();
        this.detach = () -> {
            frames.stop();
            repaints.close();
            model.document().findings().removeListener(badges);
            model.detach();
        };
    }

    /**
     * What a right click on a sticky offers: the window decides (a saga from an event, rename, delete). The menu opens on
     * the platform's request, or on the release of the secondary button where the platform sends none.
     */
    public void setContextMenuFactory(java.util.function.Function<StickyId, javafx.scene.control.ContextMenu> factory) {
        setOnContextMenuRequested(event -> {
            if (openContextMenu(factory, event.getX(), event.getY(), event.getScreenX(), event.getScreenY())) {
                event.consume();
            }
        });
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getButton() == javafx.scene.input.MouseButton.SECONDARY && (contextMenu == null || !contextMenu.isShowing())) {
                openContextMenu(factory, event.getX(), event.getY(), event.getScreenX(), event.getScreenY());
            }
        });
    }

    private boolean openContextMenu(java.util.function.Function<StickyId, javafx.scene.control.ContextMenu> factory, double x, double y,
                                    double screenX, double screenY) {
        Point2D world = model.viewport().toWorld(x, y);
        java.util.Optional<StickyId> hit = model.stickyAt(world.getX(), world.getY());
        if (hit.isEmpty()) {
            return false;
        }
        if (!model.selection().contains(hit.get())) {
            model.select(hit.get(), false);
        }
        if (contextMenu != null) {
            contextMenu.hide();
        }
        contextMenu = factory.apply(hit.get());
        contextMenu.show(this, screenX, screenY);
        return true;
    }

    /** Stops painting and following the board, for a canvas whose window has closed for good. */
    public void detach() {
        try {
            detach.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public CanvasViewModel model() {
        return model;
    }

    public ObjectProperty<BoardTheme> themeProperty() {
        return theme;
    }

    /** Shows or hides the timeline ruler along the top. */
    public void setRulerShown(boolean shown) {
        showRuler = shown;
        requestRepaint();
    }

    public boolean isRulerShown() {
        return showRuler;
    }

    /** Paints again at the next frame (several requests in one frame paint once). */
    public void requestRepaint() {
        repaintPending = true;
    }

    /** Frames painted so far: for tests and the frame-time benchmark. */
    public long framesPainted() {
        return framesPainted;
    }

    /** Starts typing a new sticky of {@code kind} centred at a board point. */
    public void startCreate(StickyKind kind, Point2D worldCenter) {
        input.startCreate(kind, worldCenter);
    }

    /** Starts typing a new name for a sticky in place. */
    public void startRename(StickyId id) {
        input.startRename(id);
    }

    /** The centre of a sticky on screen, in this control's coordinates. */
    public Point2D screenCenterOf(StickyId id) {
        Geometry g = model.board().geometry(id).orElseThrow();
        return model.viewport().toScreen(g.centerX(), g.centerY());
    }

    public boolean isEditingText() {
        return editor.isEditing();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            model.viewWidthProperty().set(width);
            model.viewHeightProperty().set(height);
            if (!fittedOnce && width > 50 && height > 50) {
                fittedOnce = true;
                model.zoomToFit();
            }
            requestRepaint();
        }
    }

    private void summarizeFindings() {
        findingSummaries.clear();
        for (Finding finding : model.document().findings()) {
            if (finding.sticky() != null) {
                findingSummaries.merge(finding.sticky(), new Summary(1, finding.severity()),
                        (a, b) -> new Summary(a.count() + b.count(), a.worst().atLeast(b.worst()) ? a.worst() : b.worst()));
            }
        }
    }

    /** Paints the visible part of the board now. */
    void paint() {
        framesPainted++;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        BoardTheme colors = theme.get();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        Viewport viewport = model.viewport();
        double scale = viewport.scale();
        double translateX = viewport.translateXProperty().get();
        double translateY = viewport.translateYProperty().get();
        Board board = model.board();

        surface.transform(1, 0, 0);
        surface.fill(colors.background());
        surface.fillRect(0, 0, width, height);
        paintGrid(gc, colors, viewport, width, height);

        surface.transform(scale, translateX, translateY);
        Bounds shown = viewport.visibleWorld(width, height);
        Area visible = new Area(shown.getMinX(), shown.getMinY(), shown.getMaxX(), shown.getMaxY());
        lanes.paintBands(surface, board.settings().contexts(), visible, colors, scale);

        var preview = input.preview();
        KindFilter filter = model.kindFilter();
        java.util.Set<StickyId> spotlight = model.spotlight();
        boolean previewing = preview != CanvasInput.Preview.NONE;
        for (LinkGraph.Arrow arrow : links.arrows(board)) {
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
            if (curve.meets(visible)) {
                boolean highlighted = model.selection().contains(link.from()) || model.selection().contains(link.to())
                        || model.highlighted().contains(link.from()) && model.highlighted().contains(link.to());
                boolean dimmed = filter.isDimmed(link.from().kind()) || filter.isDimmed(link.to().kind())
                        || !spotlight.isEmpty() && !(spotlight.contains(link.from()) && spotlight.contains(link.to()));
                surface.alpha(dimmed ? DIMMED : 1);
                arrows.paint(surface, curve, link.rule(), highlighted, colors, scale);
            }
        }

        List<StickyId> inView = model.stickiesWithin(grow(shown, 40));
        StickyId hovered = input.hovered();
        for (StickyId id : inView) {
            Sticky sticky = board.sticky(id).orElse(null);
            Geometry place = placeOf(id, preview);
            if (sticky == null || place == null) {
                continue;
            }
            Summary summary = findingSummaries.get(id);
            boolean selected = model.selection().contains(id);
            StickyLook look = new StickyLook(selected, id.equals(hovered), summary == null ? 0 : summary.count(),
                    summary == null ? null : summary.worst(), sticky instanceof Hotspot hotspot && !hotspot.isResolved(),
                    (selected && model.selection().size() == 1 || id.equals(hovered)) && scale >= 0.3, model.highlighted().contains(id));
            surface.alpha((filter.isDimmed(id.kind()) || !spotlight.isEmpty() && !spotlight.contains(id)) && !selected ? DIMMED : 1);
            stickies.paint(surface, sticky, place, look, colors, scale);
        }
        surface.alpha(1);
        input.paintOverlays(surface, colors, scale, arrows);

        surface.transform(1, 0, 0);
        if (showRuler) {
            ruler.paint(surface, board, viewport, width, colors);
        }
        double headerTop = showRuler ? TimelineRuler.HEIGHT : 0;
        lanes.paintHeaders(surface, board.settings().contexts(), y -> Math.max(headerTop, y * scale + translateY), height, colors);
    }

    private Geometry placeOf(StickyId id, CanvasInput.Preview preview) {
        Geometry place = model.board().geometry(id).orElse(null);
        return place == null ? null : preview.adjust(id, place);
    }

    /**
     * The dotted grid: at least {@link #GRID_MIN_PIXELS} apart (closer dots are noise, and each costs as much to draw
     * as a sticky's corner), as small squares, which the software renderer fills far faster than round dots.
     */
    private void paintGrid(GraphicsContext gc, BoardTheme colors, Viewport viewport, double width, double height) {
        double step = GRID * viewport.scale();
        while (step < GRID_MIN_PIXELS) {
            step *= 4;
        }
        double offsetX = ((viewport.translateXProperty().get() % step) + step) % step;
        double offsetY = ((viewport.translateYProperty().get() % step) + step) % step;
        double dot = Math.max(1.5, Math.min(2.5, viewport.scale() * 2));
        gc.setFill(surface.color(colors.gridDot()));
        for (double x = offsetX; x < width; x += step) {
            double left = Math.round(x - dot / 2);
            for (double y = offsetY; y < height; y += step) {
                gc.fillRect(left, Math.round(y - dot / 2), dot, dot);
            }
        }
    }

    private static Bounds grow(Bounds bounds, double by) {
        return new javafx.geometry.BoundingBox(bounds.getMinX() - by, bounds.getMinY() - by, bounds.getWidth() + 2 * by,
                bounds.getHeight() + 2 * by);
    }
}
