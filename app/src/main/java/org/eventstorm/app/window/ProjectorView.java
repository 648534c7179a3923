package org.eventstorm.app.window;

import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.canvas.Viewport;

/**
 * View > Projector View: the board alone, full screen and zoomed to fit, what a facilitator projects. The canvas is
 * the scene on its own while the window's layout (palette, inspector, the panels below, the menus and status bar)
 * waits out of it as it was; F11 or Escape puts the canvas back in its place and the view where it was.
 */
final class ProjectorView {
    private final Stage stage;
    private final Parent layout;
    private final Pane holder;
    private final Node canvasArea;
    private final CanvasViewModel canvas;
    /** The canvas takes the screen in a step or two (the scene, then full screen): each fits the board again. */
    private final InvalidationListener fit;
    /** F11, which the menus hear no longer while they are out of the scene: leaves the view. */
    private final EventHandler<KeyEvent> leaveByKey = this::keyWhileOn;
    private boolean on;
    /** The view before: scale, translate x, translate y. */
    private double[] viewBefore;

    /** The view of {@code stage}, whose scene's root is {@code layout} and whose canvas sits in {@code holder}. */
    ProjectorView(Stage stage, Parent layout, Pane holder, Node canvasArea, CanvasViewModel canvas) {
        this.stage = stage;
        this.layout = layout;
        this.holder = holder;
        this.canvasArea = canvasArea;
        this.canvas = canvas;
        this.fit = observable -> canvas.zoomToFit();
        stage.fullScreenProperty().addListener((observable, was, now) -> {
            if (!now && on) {
                leave();
            }
        });
    }

    boolean isOn() {
        return on;
    }

    /** Goes into the projector view, or out of it. */
    void toggle() {
        if (on) {
            stage.setFullScreen(false);
            return;
        }
        on = true;
        Viewport viewport = canvas.viewport();
        viewBefore = new double[] {viewport.scale(), viewport.translateXProperty().get(), viewport.translateYProperty().get()};
        stage.getScene().setRoot(new StackPane(canvasArea));
        canvas.viewWidthProperty().addListener(fit);
        canvas.viewHeightProperty().addListener(fit);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, leaveByKey);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        canvas.zoomToFit();
    }

    private void keyWhileOn(KeyEvent event) {
        if (event.getCode() == KeyCode.F11) {
            event.consume();
            stage.setFullScreen(false);
        }
    }

    private void leave() {
        on = false;
        stage.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, leaveByKey);
        canvas.viewWidthProperty().removeListener(fit);
        canvas.viewHeightProperty().removeListener(fit);
        holder.getChildren().setAll(canvasArea);
        stage.getScene().setRoot(layout);
        Viewport viewport = canvas.viewport();
        viewport.scaleProperty().set(viewBefore[0]);
        viewport.translateXProperty().set(viewBefore[1]);
        viewport.translateYProperty().set(viewBefore[2]);
    }
}
