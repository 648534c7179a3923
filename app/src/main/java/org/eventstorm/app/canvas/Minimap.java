package org.eventstorm.app.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.Observable;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.render.BoardTheme;
import org.eventstorm.render.Rgba;

/**
 * The whole board in small, in the canvas's corner: every sticky as a dot of its colour and the part in view as a
 * frame. Click or drag in it to move the view there. The stickies are drawn again only when the board changes; the
 * frame follows the view.
 */
public final class Minimap extends Region {
    static final double WIDTH = 220;
    static final double HEIGHT = 140;
    private static final double PAD = 8;
    private static final double EDGE = 14;
    private static final double TOP_MARGIN = 40;
    private static final double CLEARANCE = 4;
    private static final List<Pos> CORNERS = List.of(Pos.BOTTOM_RIGHT, Pos.TOP_RIGHT, Pos.BOTTOM_LEFT, Pos.TOP_LEFT);

    private final BoardCanvas view;
    private final CanvasViewModel model;
    private final Canvas stickies = new Canvas(WIDTH, HEIGHT);
    private final Canvas frame = new Canvas(WIDTH, HEIGHT);
    private final AnimationTimer frames;
    private final AutoCloseable subscription;
    private boolean boardChanged = true;
    private boolean viewChanged = true;
    private double scale = 1;
    private double originX;
    private double originY;

    public Minimap(BoardCanvas view) {
        this.view = view;
        this.model = view.model();
        setId("minimap");
        getStyleClass().add("minimap");
        getChildren().addAll(stickies, frame);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, marginAt(Pos.BOTTOM_RIGHT));
        subscription = model.document().addListener(change -> boardChanged = true);
        Observable[] onView = {model.viewport().scaleProperty(), model.viewport().translateXProperty(), model.viewport().translateYProperty(),
                model.viewWidthProperty(), model.viewHeightProperty()};
        for (Observable observable : onView) {
            observable.addListener(o -> viewChanged = true);
        }
        view.themeProperty().addListener(o -> boardChanged = true);
        model.kindFilter().revisionProperty().addListener(o -> boardChanged = true);
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (boardChanged && isVisible()) {
                    boardChanged = false;
                    viewChanged = true;
                    paintStickies();
                }
                if (viewChanged && isVisible()) {
                    viewChanged = false;
                    paintFrame();
                }
            }
        };
        frames.start();
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveViewTo);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveViewTo);
        visibleProperty().addListener(o -> boardChanged = true);
    }

    /** Where a point of the minimap is on the board. */
    public Point2D toBoard(double x, double y) {
        return new Point2D((x - PAD) / scale + originX, (y - PAD) / scale + originY);
    }

    private void moveViewTo(MouseEvent event) {
        Point2D target = toBoard(event.getX(), event.getY());
        model.viewport().centreOn(target.getX(), target.getY(), model.viewWidthProperty().get(), model.viewHeightProperty().get());
        event.consume();
    }

    private void paintStickies() {
        GraphicsContext gc = stickies.getGraphicsContext2D();
        BoardTheme theme = view.themeProperty().get();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        gc.setFill(color(theme.background(), 0.94));
        gc.fillRoundRect(0, 0, WIDTH, HEIGHT, 10, 10);
        Bounds extent = model.extent().orElse(null);
        if (extent == null) {
            return;
        }
        scale = Math.min((WIDTH - 2 * PAD) / extent.getWidth(), (HEIGHT - 2 * PAD) / extent.getHeight());
        originX = extent.getMinX() - ((WIDTH - 2 * PAD) / scale - extent.getWidth()) / 2;
        originY = extent.getMinY() - ((HEIGHT - 2 * PAD) / scale - extent.getHeight()) / 2;
        for (var entry : model.board().geometries().entrySet()) {
            StickyId id = entry.getKey();
            if (model.kindFilter().isHidden(id.kind())) {
                continue;
            }
            Geometry g = entry.getValue();
            gc.setFill(Color.web(id.kind().hex()));
            gc.fillRect(PAD + (g.x() - originX) * scale, PAD + (g.y() - originY) * scale, Math.max(1.5, g.w() * scale),
                    Math.max(1.5, g.h() * scale));
        }
    }

    private void paintFrame() {
        GraphicsContext gc = frame.getGraphicsContext2D();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        BoardTheme theme = view.themeProperty().get();
        Bounds shown = model.viewport().visibleWorld(model.viewWidthProperty().get(), model.viewHeightProperty().get());
        double x = Math.max(1, PAD + (shown.getMinX() - originX) * scale);
        double y = Math.max(1, PAD + (shown.getMinY() - originY) * scale);
        double right = Math.min(WIDTH - 1, PAD + (shown.getMaxX() - originX) * scale);
        double bottom = Math.min(HEIGHT - 1, PAD + (shown.getMaxY() - originY) * scale);
        Bounds extent = model.extent().orElse(null);
        // With the whole board in view there is nothing to find; and it never covers a sticky or a lane's name: it goes
        // to a corner of the view with none under it, or steps aside while every corner has one.
        boolean allInView = extent == null || shown.contains(extent);
        Pos corner = allInView ? null : freeCorner();
        boolean aside = corner == null;
        setOpacity(aside ? 0 : 1);
        setMouseTransparent(aside);
        if (corner != null && corner != StackPane.getAlignment(this)) {
            StackPane.setAlignment(this, corner);
            StackPane.setMargin(this, marginAt(corner));
        }
        if (aside || right <= x || bottom <= y) {
            return;
        }
        Color accent = color(theme.accent(), 1);
        gc.setFill(Color.color(accent.getRed(), accent.getGreen(), accent.getBlue(), 0.10));
        gc.fillRect(x, y, right - x, bottom - y);
        gc.setStroke(accent);
        gc.setLineWidth(1.5);
        gc.strokeRect(x, y, right - x, bottom - y);
    }

    /** The corner the minimap is in if it has no sticky under it, else the first free one; null when none is. */
    private Pos freeCorner() {
        Pos current = StackPane.getAlignment(this);
        List<Pos> order = new ArrayList<>(CORNERS);
        if (!model.board().settings().contexts().isEmpty()) {
            // The lanes' names run down the left edge of the view.
            order.removeIf(corner -> corner.getHpos() == HPos.LEFT);
        }
        if (current != null && order.remove(current)) {
            order.add(0, current);
        }
        for (Pos corner : order) {
            if (model.stickiesWithin(worldUnder(corner)).isEmpty()) {
                return corner;
            }
        }
        return null;
    }

    /** The part of the board the minimap would cover in {@code corner}, with a little room around it. */
    private Bounds worldUnder(Pos corner) {
        double width = model.viewWidthProperty().get();
        double height = model.viewHeightProperty().get();
        Insets margin = marginAt(corner);
        double left = corner.getHpos() == HPos.LEFT ? margin.getLeft() : width - margin.getRight() - WIDTH;
        double top = corner.getVpos() == VPos.TOP ? margin.getTop() : height - margin.getBottom() - HEIGHT;
        Point2D from = model.viewport().toWorld(left - CLEARANCE, top - CLEARANCE);
        Point2D to = model.viewport().toWorld(left + WIDTH + CLEARANCE, top + HEIGHT + CLEARANCE);
        return new BoundingBox(from.getX(), from.getY(), to.getX() - from.getX(), to.getY() - from.getY());
    }

    private static Insets marginAt(Pos corner) {
        // Below the timeline ruler at the top.
        return corner.getVpos() == VPos.TOP ? new Insets(TOP_MARGIN, EDGE, 0, EDGE) : new Insets(0, EDGE, EDGE, EDGE);
    }

    private static Color color(Rgba rgba, double opacity) {
        return Color.rgb(rgba.red(), rgba.green(), rgba.blue(), rgba.alpha() * opacity);
    }

    /** Stops drawing, for a window closed for good. */
    public void detach() {
        frames.stop();
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
