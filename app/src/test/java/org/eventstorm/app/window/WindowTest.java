package org.eventstorm.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventstorm.app.EventStormApp;
import org.eventstorm.app.canvas.BoardCanvas;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.document.DocumentService;
import org.eventstorm.app.theme.Fonts;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A real window, headless, driven through TestFX as a person would drive it. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    protected MainWindow window;
    protected FxRobot robot;

    protected static Windows windows() {
        return EventStormApp.injector().getInstance(Windows.class);
    }

    protected static DocumentService documents() {
        return EventStormApp.injector().getInstance(DocumentService.class);
    }

    /** Opens a window on {@code document} in the stage TestFX gives. */
    protected void open(Stage stage, BoardDocument document) {
        Fonts.load();
        windows().theme().apply();
        window = windows().show(stage, document);
        stage.setWidth(1600);
        stage.setHeight(1000);
    }

    @AfterEach
    void closeWindows() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected Board board() {
        return window.document().board();
    }

    protected BoardCanvas canvas() {
        return window.canvas();
    }

    /** Where a sticky's centre is on the screen. */
    protected Point2D onScreen(StickyId id) {
        WaitForAsyncUtils.waitForFxEvents();
        return canvas().localToScreen(canvas().screenCenterOf(id));
    }

    /** Where the middle of a sticky's right edge is (its link handle) on the screen. */
    protected Point2D linkHandleOf(StickyId id) {
        var place = board().geometry(id).orElseThrow();
        var local = window.canvasModel().viewport().toScreen(place.right(), place.centerY());
        return canvas().localToScreen(local);
    }

    /** The colour the canvas shows at a point of its own, once what is pending is drawn. */
    protected Color pixel(FxRobot robot, Point2D local) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(120);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas().snapshot(null, null));
        return image[0].getPixelReader().getColor((int) Math.round(local.getX()), (int) Math.round(local.getY()));
    }

    /** A point of the canvas, in screen coordinates, from the canvas's own pixel coordinates. */
    protected Point2D canvasPoint(double x, double y) {
        return canvas().localToScreen(x, y);
    }

    /** Types a new sticky of {@code kind} at a screen point with its key, as a facilitator does. */
    protected StickyId typeSticky(FxRobot robot, StickyKind kind, Point2D at, String name) {
        robot.clickOn(at);
        robot.press(org.eventstorm.app.canvas.KindKeys.keyOf(kind)).release(org.eventstorm.app.canvas.KindKeys.keyOf(kind));
        robot.write(name);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var found = board().named(kind, name);
        if (found.isEmpty()) {
            throw new AssertionError("no " + kind + " named '" + name + "'; the board has "
                    + board().stickies().values().stream().map(s -> s.kind() + ":" + s.name()).toList() + ", focus on " + canvas().getScene().getFocusOwner()
                    + ", notice: " + window.notices().messageProperty().get());
        }
        return found.get(0);
    }

    /** Scrolls the inspector (or any scroll pane around it) so that {@code node} is in view, as a person would. */
    protected void scrollIntoView(FxRobot robot, javafx.scene.Node node) {
        robot.interact(() -> {
            javafx.scene.Parent parent = node.getParent();
            while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks through the menus by their texts, as a person does: the menu bar's menu, then items of the popups. */
    protected void clickMenu(FxRobot robot, String menu, String... items) {
        // By point: the menu bar rebuilds its buttons as the pointer moves in, so a node found first may be gone on arrival.
        robot.clickOn(centreOf(showing(robot, menu)));
        for (int i = 0; i < items.length; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Point2D target = centreOf(showing(robot, items[i]));
            if (i > 0) {
                // Into a submenu sideways first, as a hand does: passing over the parent's other items would close it.
                robot.moveTo(new Point2D(target.getX(), currentMouse(robot).getY()));
            }
            if (i < items.length - 1) {
                // A submenu opens as the pointer rests on it; a click there could close it again.
                robot.moveTo(target);
                robot.sleep(300);
            } else {
                robot.clickOn(target);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node showing {@code text} in a window that is on screen now (closed windows of earlier tests are left out). */
    protected static javafx.scene.Node showing(FxRobot robot, String text) {
        return robot.lookup(text).match((javafx.scene.Node node) -> node.getScene() != null && node.isVisible()
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()).query();
    }

    private static Point2D currentMouse(FxRobot robot) {
        return robot.robotContext().getBaseRobot().retrieveMouse();
    }

    /** Where the middle of a node is on the screen now. */
    protected static Point2D centreOf(javafx.scene.Node node) {
        var bounds = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    protected static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode modifier = System.getProperty("os.name").toLowerCase().contains("mac") ? KeyCode.COMMAND : KeyCode.CONTROL;
        robot.press(modifier);
        robot.press(keys);
        robot.release(keys);
        robot.release(modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits up to ten seconds for {@code condition}, letting the FX thread run. */
    protected static void waitUntil(FxRobot robot, BooleanSupplier condition, String what) {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            robot.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    /** The timestamp of an event sticky. */
    protected Optional<String> timestamp(StickyId id) {
        return ((DomainEvent) board().get(id)).timestamp();
    }

    /** Types a new timestamp for an event sticky in the inspector, as a person does, and leaves it unsaved. */
    protected void typeTimestamp(FxRobot robot, StickyId id, String text) {
        robot.clickOn(onScreen(id));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#field-timestamp");
        shortcut(robot, KeyCode.A);
        robot.write(text).press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(text), timestamp(id));
    }
}
