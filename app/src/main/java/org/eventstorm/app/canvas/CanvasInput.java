package org.eventstorm.app.canvas;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.layout.AutoPlacer;
import org.eventstorm.model.link.FlowChain;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.navigate.Direction;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.render.ArrowPainter;
import org.eventstorm.render.BoardTheme;
import org.eventstorm.render.StickyPainter;
import org.eventstorm.render.Surface;

/**
 * How the canvas answers the mouse and keyboard. Pan with the middle button, with space held, or by scrolling; zoom
 * with Ctrl+scroll or a pinch, around the cursor. Click selects, Shift+click adds; drag a sticky to move the
 * selection, its corner to resize, its right-edge handle (or Alt+drag) to draw an arrow; drag the empty board for a
 * marquee. Double-click, or a kind's key, creates a sticky at the mouse and you type its name at once; Tab goes on to
 * the flow's next sticky, to the right and linked. Arrow keys select the neighbour; Shift and a kind's key change the
 * selection's kind.
 */
final class CanvasInput {
    private static final double DRAG_THRESHOLD = 4;

    private enum Mode { IDLE, PAN, MARQUEE, MOVE, RESIZE, LINK }

    /** What an unfinished gesture changes on screen, before it becomes an edit. */
    record Preview(double dx, double dy, Set<StickyId> moving, StickyId resizing, Geometry resized) {
        static final Preview NONE = new Preview(0, 0, Set.of(), null, null);

        Geometry adjust(StickyId id, Geometry place) {
            if (id.equals(resizing) && resized != null) {
                return resized;
            }
            if ((dx != 0 || dy != 0) && moving.contains(id)) {
                return place.movedBy((int) Math.round(dx), (int) Math.round(dy));
            }
            return place;
        }

        /** True when the gesture moves or resizes the sticky. */
        boolean moves(StickyId id) {
            return id.equals(resizing) || (dx != 0 || dy != 0) && moving.contains(id);
        }
    }

    private final BoardCanvas view;
    private final CanvasViewModel model;
    private final InlineEditor editor;
    private Mode mode = Mode.IDLE;
    private Point2D pressScreen = Point2D.ZERO;
    private Point2D pressWorld = Point2D.ZERO;
    private Point2D lastScreen = Point2D.ZERO;
    private Point2D mouseWorld = Point2D.ZERO;
    private StickyId pressed;
    private StickyId hovered;
    private StickyId linkTarget;
    private boolean dragged;
    private boolean spaceDown;
    private boolean shiftAtPress;
    private Preview preview = Preview.NONE;
    private Geometry creating;
    private StickyKind creatingKind;
    private StickyId chainAnchor;

    CanvasInput(BoardCanvas view, CanvasViewModel model, InlineEditor editor) {
        this.view = view;
        this.model = model;
        this.editor = editor;
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, event -> setHovered(null));
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, event -> {
            model.viewport().zoomAt(event.getX(), event.getY(), event.getZoomFactor());
            event.consume();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        view.addEventHandler(KeyEvent.KEY_RELEASED, event -> {
            if (event.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                view.setCursor(Cursor.DEFAULT);
            }
        });
    }

    Preview preview() {
        return preview;
    }

    StickyId hovered() {
        return hovered;
    }

    // ---- mouse -------------------------------------------------------------------------------------

    private void pressed(MouseEvent event) {
        if (event.getTarget() == editor) {
            return;
        }
        view.requestFocus();
        pressScreen = new Point2D(event.getX(), event.getY());
        lastScreen = pressScreen;
        pressWorld = model.viewport().toWorld(event.getX(), event.getY());
        dragged = false;
        shiftAtPress = event.isShiftDown() || event.isShortcutDown();
        pressed = null;
        if (event.getButton() == MouseButton.MIDDLE || event.getButton() == MouseButton.PRIMARY && spaceDown) {
            mode = Mode.PAN;
            view.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (event.getButton() != MouseButton.PRIMARY) {
            mode = Mode.IDLE;
            return;
        }
        Optional<StickyId> hit = model.stickyAt(pressWorld.getX(), pressWorld.getY());
        double scale = model.viewport().scale();
        if (model.selection().size() == 1) {
            StickyId only = model.selection().iterator().next();
            Geometry place = model.board().geometry(only).orElse(null);
            if (place != null && StickyPainter.onResizeHandle(place, pressWorld.getX(), pressWorld.getY(), scale)) {
                mode = Mode.RESIZE;
                pressed = only;
                return;
            }
        }
        Optional<StickyId> handle = linkHandleAt(pressWorld, scale);
        if (handle.isPresent() || hit.isPresent() && event.isAltDown()) {
            mode = Mode.LINK;
            pressed = handle.orElse(hit.orElse(null));
            linkTarget = null;
            return;
        }
        if (hit.isPresent()) {
            mode = Mode.MOVE;
            pressed = hit.get();
            if (!model.selection().contains(pressed)) {
                model.select(pressed, shiftAtPress);
            }
            return;
        }
        mode = Mode.MARQUEE;
    }

    private Optional<StickyId> linkHandleAt(Point2D world, double scale) {
        for (StickyId candidate : new StickyId[] {hovered, model.focusedProperty().get()}) {
            if (candidate != null && model.board().contains(candidate)) {
                Geometry place = model.board().geometry(candidate).orElse(null);
                if (place != null && StickyPainter.onLinkHandle(place, world.getX(), world.getY(), scale)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private void dragged(MouseEvent event) {
        Point2D screen = new Point2D(event.getX(), event.getY());
        if (!dragged && screen.distance(pressScreen) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        Point2D world = model.viewport().toWorld(screen.getX(), screen.getY());
        mouseWorld = world;
        switch (mode) {
            case PAN -> model.viewport().panBy(screen.getX() - lastScreen.getX(), screen.getY() - lastScreen.getY());
            case MOVE -> preview = new Preview(world.getX() - pressWorld.getX(), world.getY() - pressWorld.getY(),
                    Set.copyOf(model.selection()), null, null);
            case RESIZE -> model.board().geometry(pressed).ifPresent(place -> preview = new Preview(0, 0, Set.of(), pressed,
                    new Geometry(place.x(), place.y(), (int) Math.max(60, world.getX() - place.x()), (int) Math.max(40, world.getY() - place.y()))));
            case LINK -> linkTarget = model.stickyAt(world.getX(), world.getY()).filter(id -> !id.equals(pressed)).orElse(null);
            default -> {
            }
        }
        lastScreen = screen;
        if (mode == Mode.MOVE || mode == Mode.RESIZE) {
            view.requestRepaint();
        } else {
            view.requestViewRepaint();
        }
        event.consume();
    }

    private void released(MouseEvent event) {
        Mode finished = mode;
        mode = Mode.IDLE;
        Preview done = preview;
        preview = Preview.NONE;
        switch (finished) {
            case PAN -> view.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
            case MOVE -> {
                if (dragged) {
                    model.moveSelectionBy(done.dx(), done.dy());
                } else if (pressed != null) {
                    if (shiftAtPress) {
                        if (model.selection().contains(pressed) && event.getClickCount() == 1 && model.selection().size() > 1) {
                            model.select(pressed, true);
                        }
                    } else {
                        model.select(pressed, false);
                    }
                }
            }
            case RESIZE -> {
                if (dragged && done.resized() != null) {
                    model.resize(pressed, done.resized().w(), done.resized().h());
                }
            }
            case LINK -> {
                if (linkTarget != null) {
                    model.link(pressed, linkTarget);
                }
                linkTarget = null;
            }
            case MARQUEE -> {
                if (dragged) {
                    model.selectWithin(marquee(), shiftAtPress);
                } else if (!shiftAtPress) {
                    model.clearSelection();
                }
            }
            default -> {
            }
        }
        view.requestRepaint();
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 2 || dragged || event.getTarget() == editor) {
            return;
        }
        Point2D world = model.viewport().toWorld(event.getX(), event.getY());
        Optional<StickyId> hit = model.stickyAt(world.getX(), world.getY());
        if (hit.isPresent()) {
            startRename(hit.get());
        } else {
            startCreate(model.newKindProperty().get(), world);
        }
        event.consume();
    }

    private void moved(MouseEvent event) {
        mouseWorld = model.viewport().toWorld(event.getX(), event.getY());
        setHovered(model.stickyAt(mouseWorld.getX(), mouseWorld.getY()).orElse(null));
        double scale = model.viewport().scale();
        Cursor cursor = Cursor.DEFAULT;
        if (spaceDown) {
            cursor = Cursor.OPEN_HAND;
        } else if (linkHandleAt(mouseWorld, scale).isPresent()) {
            cursor = Cursor.CROSSHAIR;
        } else if (model.selection().size() == 1 && model.board().geometry(model.selection().iterator().next()).map(
                place -> StickyPainter.onResizeHandle(place, mouseWorld.getX(), mouseWorld.getY(), scale)).orElse(false)) {
            cursor = Cursor.SE_RESIZE;
        }
        view.setCursor(cursor);
    }

    private void setHovered(StickyId id) {
        if (!Objects.equals(hovered, id)) {
            StickyId before = hovered;
            hovered = id;
            view.repaintAround(before, false);
            view.repaintAround(id, false);
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.isShortcutDown() || event.isControlDown()) {
            double factor = Math.pow(1.0018, event.getDeltaY());
            model.viewport().zoomAt(event.getX(), event.getY(), factor);
        } else if (event.isShiftDown() && event.getDeltaX() == 0) {
            model.viewport().panBy(event.getDeltaY(), 0);
        } else {
            model.viewport().panBy(event.getDeltaX(), event.getDeltaY());
        }
        event.consume();
    }

    // ---- keys ----------------------------------------------------------------------------------------

    private void keyPressed(KeyEvent event) {
        if (editor.isEditing()) {
            return;
        }
        KeyCode code = event.getCode();
        boolean plain = !event.isShortcutDown() && !event.isAltDown() && !event.isControlDown() && !event.isMetaDown();
        if (code == KeyCode.SPACE && plain) {
            spaceDown = true;
            view.setCursor(Cursor.OPEN_HAND);
            event.consume();
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && plain) {
            model.deleteSelection();
            event.consume();
        } else if ((code == KeyCode.F2 || code == KeyCode.ENTER) && plain && model.focusedProperty().get() != null) {
            startRename(model.focusedProperty().get());
            event.consume();
        } else if (code == KeyCode.TAB && plain && !event.isShiftDown() && model.focusedProperty().get() != null) {
            chainFrom(model.focusedProperty().get());
            event.consume();
        } else if (plain && !event.isShiftDown() && direction(code).isPresent()) {
            model.selectNeighbour(direction(code).get());
            event.consume();
        } else if (code == KeyCode.ESCAPE) {
            mode = Mode.IDLE;
            preview = Preview.NONE;
            model.clearSelection();
            view.requestRepaint();
            event.consume();
        }
    }

    private static Optional<Direction> direction(KeyCode code) {
        return Optional.ofNullable(switch (code) {
            case LEFT -> Direction.LEFT;
            case RIGHT -> Direction.RIGHT;
            case UP -> Direction.UP;
            case DOWN -> Direction.DOWN;
            default -> null;
        });
    }

    /**
     * A kind's letter creates a sticky at the mouse; with Shift, it makes the selected stickies that kind. Read from the
     * typed character, which is consumed here, so it does not also land in the name field that opens.
     */
    private void keyTyped(KeyEvent event) {
        if (editor.isEditing() || event.isShortcutDown() || event.isAltDown() || event.isControlDown() || event.isMetaDown()) {
            return;
        }
        if (event.getCharacter().equals("!")) {
            model.togglePivotal();
            event.consume();
            return;
        }
        if (event.getCharacter().equals("|")) {
            event.consume();
            askForBoundary();
            return;
        }
        KindKeys.kindOf(event.getCharacter()).ifPresent(kind -> {
            boolean upper = !event.getCharacter().equals(event.getCharacter().toLowerCase(Locale.ROOT));
            Level level = model.board().settings().level();
            if (!level.has(kind)) {
                model.notices().problem(offLevel(kind, level));
            } else if ((event.isShiftDown() || upper) && !model.selection().isEmpty()) {
                model.changeKindOfSelection(kind);
            } else {
                startCreate(kind, mouseWorldOrCentre());
            }
            event.consume();
        });
    }

    /** Asks for a label and draws a boundary across the lanes at the mouse (the middle of the view when it is outside). */
    void askForBoundary() {
        double x = mouseWorldOrCentre().getX();
        BoundaryDialog.label(view.getScene().getWindow()).ifPresent(label -> model.addBoundary(x, label));
    }

    /** Why a kind's key wrote nothing: which level writes that kind, and where to switch to it. */
    static String offLevel(StickyKind kind, Level level) {
        Level first = Level.firstWith(kind);
        return kind.plural() + " are written from the " + first.title().toLowerCase(Locale.ROOT) + " level on; this board is "
                + level.title().toLowerCase(Locale.ROOT) + ". Choose " + first.title() + " under Level in the palette to write them";
    }

    private Point2D mouseWorldOrCentre() {
        Bounds visible = model.viewport().visibleWorld(view.getWidth(), view.getHeight());
        if (visible.contains(mouseWorld)) {
            return mouseWorld;
        }
        return new Point2D(visible.getCenterX(), visible.getCenterY());
    }

    // ---- typing names ----------------------------------------------------------------------------------

    void startCreate(StickyKind kind, Point2D worldCenter) {
        beginTyping(kind, CanvasViewModel.newGeometry(kind, worldCenter), null);
    }

    /**
     * Types the flow's next sticky after {@code anchor} (an actor's command, a command's event ...), to its right and
     * linked from it; Tab in the name goes on along the flow, Enter stops.
     */
    void chainFrom(StickyId anchor) {
        if (!model.board().contains(anchor)) {
            return;
        }
        Optional<StickyKind> next = FlowChain.next(anchor.kind());
        if (next.isEmpty()) {
            model.notices().info("A hotspot ends a chain: link it to what it is about by dragging its handle");
            return;
        }
        beginTyping(next.get(), AutoPlacer.placeBeside(model.board(), anchor, next.get(), true), anchor);
    }

    /** Opens the name field on a new sticky of {@code kind} at {@code place}; with an anchor, the new one is linked from it. */
    private void beginTyping(StickyKind kind, Geometry place, StickyId anchor) {
        creatingKind = kind;
        creating = place;
        chainAnchor = anchor;
        model.reveal(place);
        view.requestRepaint();
        editor.open(place, model.viewport(), "", text -> finishTyping(text, false), () -> {
            creating = null;
            chainAnchor = null;
            view.requestFocus();
            view.requestRepaint();
        }, text -> finishTyping(text, true));
    }

    private void finishTyping(String text, boolean goOn) {
        Geometry place = creating;
        StickyKind kind = creatingKind;
        StickyId anchor = chainAnchor;
        creating = null;
        chainAnchor = null;
        Optional<StickyId> made = anchor == null ? model.create(kind, text, place) : model.createLinked(anchor, kind, text);
        view.requestFocus();
        view.requestRepaint();
        if (goOn && made.isPresent()) {
            chainFrom(made.get());
        }
    }

    void startRename(StickyId id) {
        model.board().geometry(id).ifPresent(place -> editor.open(place, model.viewport(), model.board().get(id).name(), text -> {
            model.rename(id, text);
            view.requestFocus();
        }, view::requestFocus));
    }

    // ---- what gestures draw ---------------------------------------------------------------------------

    private Bounds marquee() {
        Point2D world = mouseWorld;
        return new BoundingBox(Math.min(world.getX(), pressWorld.getX()), Math.min(world.getY(), pressWorld.getY()),
                Math.abs(world.getX() - pressWorld.getX()), Math.abs(world.getY() - pressWorld.getY()));
    }

    /** Overlays in board units: the sticky being created, the arrow being drawn. */
    /** Whether a gesture has feedback to draw over the board (see {@link #paintOverlays}). */
    boolean hasOverlays() {
        return creating != null && creatingKind != null || mode == Mode.LINK && dragged && pressed != null || mode == Mode.MARQUEE && dragged;
    }

    void paintOverlays(Surface s, BoardTheme theme, double scale, ArrowPainter arrows) {
        if (creating != null && creatingKind != null) {
            s.fill(theme.fill(creatingKind).withAlpha(0.85));
            s.fillRoundRect(creating.x(), creating.y(), creating.w(), creating.h(), 8);
            s.stroke(theme.accent());
            s.lineWidth(2 / scale);
            s.strokeRoundRect(creating.x(), creating.y(), creating.w(), creating.h(), 8);
        }
        if (mode == Mode.LINK && dragged && pressed != null) {
            Geometry from = model.board().geometry(pressed).orElse(null);
            if (from != null) {
                boolean allowed = linkTarget == null || LinkRule.between(pressed.kind(), linkTarget.kind()).isPresent();
                Point2D end = mouseWorld;
                if (linkTarget != null) {
                    Geometry to = model.board().geometry(linkTarget).orElseThrow();
                    end = new Point2D(to.centerX(), to.centerY());
                    s.stroke(allowed ? theme.accent() : theme.error());
                    s.lineWidth(2.5 / scale);
                    s.strokeRoundRect(to.x() - 4 / scale, to.y() - 4 / scale, to.w() + 8 / scale, to.h() + 8 / scale, 10);
                }
                arrows.paintRubberBand(s, from.right(), from.centerY(), end.getX(), end.getY(), allowed, theme, scale);
            }
        }
        if (mode == Mode.MARQUEE && dragged) {
            Bounds area = marquee();
            s.fill(theme.marqueeFill());
            s.fillRect(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
            s.stroke(theme.accent());
            s.lineWidth(1 / scale);
            s.dashes(4 / scale, 3 / scale);
            s.strokeRect(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
            s.dashes();
        }
    }
}
