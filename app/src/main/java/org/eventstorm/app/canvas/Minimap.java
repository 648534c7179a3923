package org.eventstorm.app.canvas;

import javafx.animation.AnimationTimer;
import javafx.beans.Observable;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.eventstorm.exporters.picture.BoardTheme;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.StickyId;

/**
 * The whole board in small, in the canvas's corner: every sticky as a dot of its colour and the part in view as a
 * frame. Click or drag in it to move the view there. The stickies are drawn again only when the board changes; the
 * frame follows the view.
 */
public final class Minimap extends Region {
    static final double WIDTH = 220;
    static final double HEIGHT = 140;
    private static final double PAD = 8;

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
        // With the whole board in view there is nothing to find: the minimap steps aside rather than cover stickies.
        boolean allInView = extent == null || shown.contains(extent);
        setOpacity(allInView ? 0 : 1);
        setMouseTransparent(allInView);
        if (allInView || right <= x || bottom <= y) {
            return;
        }
        Color accent = color(theme.accent(), 1);
        gc.setFill(Color.color(accent.getRed(), accent.getGreen(), accent.getBlue(), 0.10));
        gc.fillRect(x, y, right - x, bottom - y);
        gc.setStroke(accent);
        gc.setLineWidth(1.5);
        gc.strokeRect(x, y, right - x, bottom - y);
    }

    private static Color color(org.eventstorm.exporters.picture.Rgba rgba, double opacity) {
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
