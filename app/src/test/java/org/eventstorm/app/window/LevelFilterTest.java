package org.eventstorm.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The level decides what the palette offers; the view filter dims or hides kinds on the canvas without touching the
 * board, and a hidden sticky can neither be seen nor clicked.
 */
class LevelFilterTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage, documents().newEmpty(Level.PROCESS));
    }

    @Test
    void theLevelChosenInThePaletteDecidesWhichKindsItOffers(FxRobot robot) {
        Node command = robot.lookup("#palette-commands").query();
        Node aggregate = robot.lookup("#palette-aggregates").query();
        assertEquals(Level.PROCESS, board().settings().level());
        assertTrue(command.isVisible());
        assertFalse(aggregate.isVisible(), "a process workshop does not write aggregates yet");

        chooseLevel(robot, "Big picture");
        assertEquals(Level.BIG_PICTURE, board().settings().level(), "the level is the board's own setting");
        assertFalse(command.isVisible(), "big picture is events, hotspots, actors and systems");
        assertTrue(robot.lookup("#palette-hotspots").query().isVisible());
        assertTrue(window.document().isDirty());

        chooseLevel(robot, "Design");
        assertTrue(aggregate.isVisible());
        assertTrue(command.isVisible());

        shortcut(robot, KeyCode.Z);
        assertEquals(Level.BIG_PICTURE, board().settings().level(), "changing the level is an edit that undoes");
        assertFalse(command.isVisible(), "the palette follows the undo");
    }

    @Test
    void hiddenKindsAreNeitherDrawnNorClickableAndDimmedOnesFade(FxRobot robot) {
        StickyId command = typeSticky(robot, StickyKind.COMMAND, canvasPoint(300, 300), "Place Order");
        StickyId event = typeSticky(robot, StickyKind.EVENT, canvasPoint(600, 300), "Order Placed");
        robot.clickOn(canvasPoint(900, 600));
        Color shown = colourInside(robot, command);
        Color background = colourAt(robot, canvasPoint(900, 620));
        assertClose(Color.web(StickyKind.COMMAND.hex()), shown, "a shown sticky in its own colour");

        clickMenu(robot, "View", "Kinds", "Commands", "Hidden");
        assertClose(background, colourInside(robot, command), "a hidden sticky is not drawn");
        assertClose(Color.web(StickyKind.EVENT.hex()), colourInside(robot, event), "other kinds are untouched");
        robot.clickOn(onScreen(command));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvasModel().selection().isEmpty(), "a click goes through a hidden sticky");
        shortcut(robot, KeyCode.A);
        assertEquals(java.util.Set.of(event), window.canvasModel().selection(), "select all takes what can be seen");
        assertEquals(2, board().size(), "hiding changes the view, never the board");

        clickMenu(robot, "View", "Kinds", "Commands", "Dimmed");
        robot.clickOn(canvasPoint(900, 600));
        Color dimmed = colourInside(robot, command);
        assertTrue(distance(dimmed, background) < distance(shown, background) * 0.5 && distance(dimmed, background) > 0.02,
                "a dimmed sticky is faint but there: " + dimmed + " between " + shown + " and " + background);
        robot.clickOn(onScreen(command));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(command), window.canvasModel().selection(), "a dimmed sticky can still be picked");

        clickMenu(robot, "View", "Kinds", "Show All Kinds");
        robot.clickOn(canvasPoint(900, 600));
        assertClose(Color.web(StickyKind.COMMAND.hex()), colourInside(robot, command), "shown again");
    }

    @Test
    void aBigPictureFadesTheKindsOfDeeperLevelsAndSaysWhereTheyBelong(FxRobot robot) {
        StickyId command = typeSticky(robot, StickyKind.COMMAND, canvasPoint(300, 300), "Place Order");
        StickyId event = typeSticky(robot, StickyKind.EVENT, canvasPoint(600, 300), "Order Placed");
        robot.clickOn(canvasPoint(900, 600));
        Color shown = colourInside(robot, command);
        Color background = colourAt(robot, canvasPoint(900, 620));

        chooseLevel(robot, "Big picture");
        robot.clickOn(canvasPoint(900, 600));
        assertEquals("Big picture", robot.lookup("#board-level").queryAs(ComboBox.class).getValue(), "the inspector's level follows");
        Color faded = colourInside(robot, command);
        assertTrue(distance(faded, background) < distance(shown, background) * 0.5, "a command is faded on a big picture: " + faded);
        assertClose(Color.web(StickyKind.EVENT.hex()), colourInside(robot, event), "an event is not");
        assertEquals(2, board().size(), "the level changes the view, never the board");

        clickMenu(robot, "View", "Kinds", "Other Levels' Kinds", "Hidden");
        assertClose(background, colourInside(robot, command), "or hidden, as View > Kinds says");
        robot.clickOn(onScreen(command));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvasModel().selection().isEmpty(), "and then not clickable");

        robot.moveTo(canvasPoint(900, 450));
        robot.write("c");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, board().stickies().values().stream().filter(sticky -> sticky.kind() == StickyKind.COMMAND).count(),
                "the command key writes nothing on a big picture");
        assertEquals("Commands are written from the process level on; this board is big picture. Choose Process under Level in"
                + " the palette to write them", window.notices().messageProperty().get());

        robot.clickOn(onScreen(event));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#field-event-type").tryQuery().isEmpty(), "no event type at big picture");
        assertTrue(robot.lookup("#field-schema").tryQuery().isEmpty(), "no schema");
        assertTrue(robot.lookup("#field-trigger").tryQuery().isPresent(), "but what triggers it");
        chooseLevel(robot, "Design");
        robot.clickOn(onScreen(event));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#field-event-type").tryQuery().isPresent(), "the design level writes event types");
        assertTrue(robot.lookup("#field-schema").tryQuery().isPresent(), "and schemas");
    }

    private void chooseLevel(FxRobot robot, String title) {
        ComboBox<?> level = robot.lookup("#palette-level").queryAs(ComboBox.class);
        robot.clickOn(level);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(centreOf(robot.lookup(title).match((Node node) -> node.getStyleClass().contains("list-cell")
                && node.isVisible() && node.getScene().getWindow().isShowing()).query()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The canvas colour just inside a sticky's lower left corner, away from its text. */
    private Color colourInside(FxRobot robot, StickyId id) {
        Geometry place = board().geometry(id).orElseThrow();
        Point2D local = window.canvasModel().viewport().toScreen(place.x() + 12, place.bottom() - 12);
        return colourAt(robot, canvas().localToScreen(local));
    }

    private Color colourAt(FxRobot robot, Point2D screen) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(80);
        Point2D local = canvas().screenToLocal(screen);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas().snapshot(null, null));
        return image[0].getPixelReader().getColor((int) local.getX(), (int) local.getY());
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    private static void assertClose(Color expected, Color actual, String what) {
        assertTrue(distance(expected, actual) < 0.12, what + ": expected about " + expected + " but was " + actual);
    }
}
