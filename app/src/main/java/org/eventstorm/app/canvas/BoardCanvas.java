package org.eventstorm.app.canvas;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.eventstorm.app.document.FindingsTouched;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.render.Area;
import org.eventstorm.render.ArrowPainter;
import org.eventstorm.render.BoardTheme;
import org.eventstorm.render.LanePainter;
import org.eventstorm.render.NameCards;
import org.eventstorm.render.Surface;

/**
 * The workshop canvas: an infinite board of sticky notes, the part in view drawn in tiles that panning only moves
 * ({@link TileLayer}), with the timeline ruler, the lanes' names and the gestures' feedback drawn over them at most
 * once per frame. What it shows comes from the {@link CanvasViewModel}; mouse and keys go through
 * {@link CanvasInput}.
 */
public final class BoardCanvas extends Region {
    /** How far a sticky's look reaches past its edges on screen: the hotspot's glow, the badge, the link handle, arrowheads. */
    private static final double MARGIN_PIXELS = 16;
    /** More stickies changing their look in one frame than this draw every tile again. */
    private static final int MAX_CHANGED_PER_FRAME = 32;

    private final CanvasViewModel model;
    private final TileLayer tiles = new TileLayer();
    /** The lanes' names, along the left edge; as wide as the widest. */
    private final Canvas headers = new Canvas();
    private final Canvas rulerCanvas = new Canvas();
    /** A gesture's feedback (a marquee, a link being drawn, the sticky being typed): shown only while there is one. */
    private final Canvas overlay = new Canvas();
    private final InlineEditor editor = new InlineEditor();
    private final CanvasInput input;
    private final ObjectProperty<BoardTheme> theme = new SimpleObjectProperty<>(this, "theme", BoardTheme.LIGHT);
    private final FxSurface surface = new FxSurface(overlay.getGraphicsContext2D());
    /** What the tiles show. */
    private final BoardPainter content;
    private final ArrowPainter arrows = new ArrowPainter();
    private final LanePainter lanes = new LanePainter();
    private final TimelineRuler ruler = new TimelineRuler(this::requestRepaint);
    private boolean showRuler = true;
    private ContextMenu contextMenu;
    private final AutoCloseable detach;
    private boolean repaintPending = true;
    /** What the ruler and the lane headers were last drawn for. */
    private Chrome chromePainted;
    private boolean fittedOnce;
    private long framesPainted;
    private int changedThisFrame;

    public BoardCanvas(CanvasViewModel model) {
        this.model = model;
        getStyleClass().add("board-canvas");
        setFocusTraversable(true);
        getChildren().addAll(tiles, headers, rulerCanvas, overlay, editor);
        for (Canvas layer : List.of(headers, rulerCanvas, overlay)) {
            layer.setManaged(false);
            layer.setMouseTransparent(true);
        }
        overlay.setVisible(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        input = new CanvasInput(this, model, editor);
        model.showsStickiesBy(this::shownArea);
        content = new BoardPainter(model, input, theme::get);
        Observable[] moveOn = {model.viewport().scaleProperty(), model.viewport().translateXProperty(),
                model.viewport().translateYProperty(), widthProperty(), heightProperty()};
        for (Observable observable : moveOn) {
            observable.addListener(o -> requestViewRepaint());
        }
        theme.addListener(o -> {
            tiles.setBoardColour(theme.get().background());
            requestRepaint();
        });
        tiles.setBoardColour(theme.get().background());
        model.selection().addListener((SetChangeListener<StickyId>) change -> {
            repaintAround(change.wasAdded() ? change.getElementAdded() : change.getElementRemoved(), true);
            if (model.selection().size() <= 2) {
                // one selected sticky shows its link handle, two do not
                model.selection().forEach(id -> repaintAround(id, false));
            }
        });
        model.highlighted().addListener((SetChangeListener<StickyId>) change -> requestRepaint());
        model.spotlight().addListener((SetChangeListener<StickyId>) change -> requestRepaint());
        AutoCloseable repaints = model.document().addListener(this::repaintFor);
        model.kindFilter().revisionProperty().addListener(o -> requestRepaint());
        ListChangeListener<Finding> badges = change -> {
            Set<StickyId> badged = content.summarizeFindings(FindingsTouched.of(change).stickies());
            if (badged.size() > MAX_CHANGED_PER_FRAME) {
                requestRepaint();
            } else {
                badged.forEach(id -> repaintAround(id, false));
            }
        };
        model.document().findings().addListener(badges);
        // Painted after the pulse's layout, so a frame shows the board at the size it is laid out at (the very first one
        // too); a repaint asks for the next pulse.
        Runnable paintWhenPending = () -> {
            if (repaintPending) {
                repaintPending = false;
                paint();
            }
        };
        sceneProperty().addListener((observable, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(paintWhenPending);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(paintWhenPending);
            }
        });
        this.detach = () -> {
            if (getScene() != null) {
                getScene().removePostLayoutPulseListener(paintWhenPending);
            }
            repaints.close();
            model.document().findings().removeListener(badges);
            model.detach();
        };
    }

    /**
     * What a right click on a sticky offers: the window decides (a saga from an event, rename, delete). The menu opens on
     * the platform's request, or on the release of the secondary button where the platform sends none.
     */
    public void setContextMenuFactory(Function<StickyId, ContextMenu> factory) {
        setOnContextMenuRequested(event -> {
            if (openContextMenu(factory, event.getX(), event.getY(), event.getScreenX(), event.getScreenY())) {
                event.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getButton() == MouseButton.SECONDARY && (contextMenu == null || !contextMenu.isShowing())) {
                openContextMenu(factory, event.getX(), event.getY(), event.getScreenX(), event.getScreenY());
            }
        });
    }

    private boolean openContextMenu(Function<StickyId, ContextMenu> factory, double x, double y,
            double screenX, double screenY) {
        Point2D world = model.viewport().toWorld(x, y);
        Optional<StickyId> hit = model.stickyAt(world.getX(), world.getY());
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

    /** The timeline's step numbers along the ruler, left to right, as it shows them. */
    public int[] rulerNumbers() {
        return ruler.numbers(model.board());
    }

    /** Shows or hides the timeline ruler along the top. */
    public void setRulerShown(boolean shown) {
        showRuler = shown;
        requestRepaint();
    }

    public boolean isRulerShown() {
        return showRuler;
    }

    /** Paints again at the next frame, what the board shows having changed (several requests in one frame paint once). */
    public void requestRepaint() {
        content.forgetLabelPlaces();
        tiles.invalidate();
        requestViewRepaint();
    }

    /**
     * Paints again after a change of the board, drawing again only where it changed: the places the stickies it touched
     * had and have, and where arrows went or came. A change of the board's settings (lanes, level), a reload, or a change
     * of many stickies at once draws everything again. A workshop adding stickies at the end of the timeline, out of
     * view, draws nothing in view.
     */
    private void repaintFor(BoardChange change) {
        List<Area> arrows = content.changed(change);
        boolean everything = arrows == null || change.changes().size() > 4 * MAX_CHANGED_PER_FRAME
                || change.changes().stream().anyMatch(each -> each instanceof Change.SettingsChange);
        if (everything) {
            requestRepaint();
            return;
        }
        double scale = model.viewport().scale();
        double margin = MARGIN_PIXELS / scale;
        // a name's card reaches past its sticky, and the sticky's neighbours' cards take the room it leaves or takes
        double cards = margin + NameCards.reach(scale);
        for (Change each : change.changes()) {
            if (each instanceof Change.GeometryChange geometry) {
                for (Geometry place : new Geometry[] {geometry.before(), geometry.after()}) {
                    if (place != null) {
                        tiles.invalidate(new Area(place.x(), place.y(), place.right(), place.bottom()).grow(cards));
                    }
                }
            } else if (each instanceof Change.StickyChange sticky) {
                model.board().geometry(sticky.id()).ifPresent(
                        place -> tiles.invalidate(new Area(place.x(), place.y(), place.right(), place.bottom()).grow(cards)));
            }
        }
        for (Area area : arrows) {
            tiles.invalidate(area.grow(margin));
        }
        requestViewRepaint();
    }

    /**
     * Paints again at the next frame where only how {@code id} looks changed (hovered, selected), and with
     * {@code arrows}, how its arrows look: only the tiles around them are drawn again. Many such changes in one frame
     * (a selection of everything) draw all tiles once instead.
     */
    void repaintAround(StickyId id, boolean arrows) {
        if (id == null) {
            return;
        }
        if (++changedThisFrame > MAX_CHANGED_PER_FRAME) {
            requestRepaint();
            return;
        }
        double margin = MARGIN_PIXELS / model.viewport().scale();
        double card = margin + NameCards.overhang(model.viewport().scale());
        model.board().geometry(id).ifPresent(place -> tiles.invalidate(new Area(place.x(), place.y(), place.right(), place.bottom()).grow(card)));
        if (arrows) {
            for (LinkGraph.Arrow arrow : content.arrows()) {
                if (arrow.curve() != null && (arrow.link().from().equals(id) || arrow.link().to().equals(id))) {
                    tiles.invalidate(arrow.curve().bounds().grow(margin));
                }
            }
        }
        requestViewRepaint();
    }

    /** Paints again at the next frame where only the view or a gesture's feedback moved: the tiles stay as drawn. */
    void requestViewRepaint() {
        repaintPending = true;
        Platform.requestNextPulse();
    }

    /**
     * Draws the board as it is in view onto {@code surface}, in this control's pixels, as the tiles draw it: for a test
     * that measures what a screen or a projector shows.
     */
    public void paintView(Surface surface) {
        Viewport viewport = model.viewport();
        var visible = viewport.visibleWorld(getWidth(), getHeight());
        content.paint(surface, viewport.scale(), viewport.translateXProperty().get(), viewport.translateYProperty().get(),
                new Area(visible.getMinX(), visible.getMinY(), visible.getMaxX(), visible.getMaxY()), 0, 0, getWidth(), getHeight());
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

    /** Asks for a label and draws a boundary across the lanes at the mouse, or in the middle of the view. */
    public void askForBoundary() {
        input.askForBoundary();
    }

    /** The centre of a sticky on screen, in this control's coordinates. */
    public Point2D screenCenterOf(StickyId id) {
        Geometry g = model.board().geometry(id).orElseThrow();
        return model.viewport().toScreen(g.centerX(), g.centerY());
    }

    /**
     * Where a sticky shows on the board at the present zoom, in board units: its box, or the larger card its name is
     * on when the view is too far out for the name to fit in the box.
     */
    public Area shownArea(StickyId id) {
        return content.shownArea(surface, id, model.viewport().scale());
    }

    public boolean isEditingText() {
        return editor.isEditing();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (overlay.getWidth() != width || overlay.getHeight() != height) {
            overlay.setWidth(width);
            overlay.setHeight(height);
            model.viewWidthProperty().set(width);
            model.viewHeightProperty().set(height);
            if (!fittedOnce && width > 50 && height > 50) {
                fittedOnce = true;
                model.zoomToFit();
            }
            requestRepaint();
        }
    }

    /**
     * What the ruler and the lane headers are drawn for: the look (a theme or filter change moves the tiles' revision
     * on), the ticks the ruler shows in view, the lanes, and the view.
     */
    private record Chrome(long revision, long ticks, Object lanes, boolean ruler, double scale, double translateX, double translateY,
            double width, double height) {
    }

    /** Paints the visible part of the board now: the tiles missing or out of date, then what is drawn over them. */
    void paint() {
        framesPainted++;
        changedThisFrame = 0;
        BoardTheme colors = theme.get();
        double width = getWidth();
        double height = getHeight();
        Viewport viewport = model.viewport();
        double scale = viewport.scale();
        double translateX = viewport.translateXProperty().get();
        double translateY = viewport.translateYProperty().get();
        Board board = model.board();
        tiles.show(scale, translateX, translateY, width, height, content);
        if (!tiles.settled()) {
            // a zoom shows the old drawing scaled and draws the new a few tiles a frame: the next frame goes on
            requestViewRepaint();
        }

        boolean feedback = input.hasOverlays();
        overlay.setVisible(feedback);
        if (feedback) {
            surface.on(overlay.getGraphicsContext2D());
            surface.transform(1, 0, 0);
            overlay.getGraphicsContext2D().clearRect(0, 0, width, height);
            surface.transform(scale, translateX, translateY);
            input.paintOverlays(surface, colors, scale, arrows);
            surface.alpha(1);
        }

        Chrome chrome = new Chrome(tiles.revision(), showRuler ? ruler.shown(board, viewport, width) : 0, board.settings().contexts(), showRuler,
                scale, translateX, translateY, width, height);
        if (!chrome.equals(chromePainted)) {
            // only when they show something else: drawing them again would have JavaFX repaint all the screen between
            // the two strips (they meet in a corner) while only a few tiles come
            chromePainted = chrome;
            paintChrome(chrome, board, viewport, colors);
        }
    }

    /** Draws the timeline ruler along the top and the lanes' names down the left, for {@code chrome}'s view. */
    private void paintChrome(Chrome chrome, Board board, Viewport viewport, BoardTheme colors) {
        double width = chrome.width();
        double height = chrome.height();
        rulerCanvas.setVisible(chrome.ruler());
        if (chrome.ruler()) {
            rulerCanvas.setWidth(width);
            rulerCanvas.setHeight(TimelineRuler.HEIGHT);
            surface.on(rulerCanvas.getGraphicsContext2D()).transform(1, 0, 0);
            ruler.paint(surface, board, viewport, width, colors);
        }
        double headerTop = chrome.ruler() ? TimelineRuler.HEIGHT : 0;
        surface.on(headers.getGraphicsContext2D()).transform(1, 0, 0);
        double headersWidth = Math.min(width, Math.ceil(lanes.headersRight(surface, board.settings().contexts())));
        headers.setWidth(headersWidth);
        headers.setHeight(height);
        headers.getGraphicsContext2D().clearRect(0, 0, headersWidth, height);
        lanes.paintHeaders(surface, board.settings().contexts(), y -> Math.max(headerTop, y * chrome.scale() + chrome.translateY()), height, colors);
    }
}
