package org.eventstorm.app.window;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventstorm.app.canvas.Minimap;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Finding the way on a big board: the minimap moves the view, the timeline ruler numbers the events along the top. */
class NavigationTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage, documents().newEmpty());
    }

    private Point2D viewCentre() {
        var model = window.canvasModel();
        return model.viewport().toWorld(model.viewWidthProperty().get() / 2, model.viewHeightProperty().get() / 2);
    }

    private Color pixel(FxRobot robot, double x, double y) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(80);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas().snapshot(null, null));
        return image[0].getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void clickingAndDraggingInTheMinimapMovesTheView(FxRobot robot) {
        typeSticky(robot, StickyKind.EVENT, canvasPoint(200, 300), "Order Placed");
        typeSticky(robot, StickyKind.EVENT, canvasPoint(1100, 500), "Order Shipped");
        shortcut(robot, KeyCode.DIGIT0);
        shortcut(robot, KeyCode.DIGIT1);
        shortcut(robot, KeyCode.EQUALS);
        shortcut(robot, KeyCode.EQUALS);
        robot.sleep(200);
        Minimap minimap = window.minimap();
        assertTrue(minimap.isVisible() && minimap.getOpacity() == 1, "part of the board is out of view: the minimap shows");

        var bounds = minimap.localToScreen(minimap.getLayoutBounds());
        Point2D left = new Point2D(bounds.getMinX() + 30, bounds.getCenterY());
        robot.clickOn(left);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D wanted = minimap.toBoard(30, bounds.getHeight() / 2);
        assertTrue(viewCentre().distance(wanted) < 2, "the view is centred where the minimap was clicked: " + viewCentre() + " vs " + wanted);

        robot.drag(left).moveTo(new Point2D(bounds.getMaxX() - 30, bounds.getCenterY())).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewCentre().getX() > wanted.getX() + 200, "dragging in the minimap pans the board: " + viewCentre());

        shortcut(robot, KeyCode.DIGIT0);
        robot.sleep(200);
        assertTrue(minimap.getOpacity() == 0 && minimap.isMouseTransparent(), "with all of the board in view it steps aside");
        clickMenu(robot, "View", "Minimap");
        assertFalse(minimap.isVisible(), "View > Minimap hides it");
    }

    @Test
    void theRulerTicksEachEventAlongTheTopAndCanBeHidden(FxRobot robot) {
        StickyId event = typeSticky(robot, StickyKind.EVENT, canvasPoint(500, 400), "Order Placed");
        robot.clickOn(canvasPoint(900, 700));
        Geometry place = board().geometry(event).orElseThrow();
        double x = window.canvasModel().viewport().toScreen(place.centerX(), 0).getX();
        Color tick = pixel(robot, x, 18);
        Color beside = pixel(robot, x + 9, 18);
        assertTrue(distance(tick, beside) > 0.4, "a tick above the event: " + tick + " beside " + beside);

        clickMenu(robot, "View", "Timeline Ruler");
        assertTrue(distance(pixel(robot, x, 18), beside) < 0.15, "no tick once the ruler is hidden: " + pixel(robot, x, 18));
    }
}
