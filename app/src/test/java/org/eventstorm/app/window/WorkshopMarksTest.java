package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventstorm.model.board.Boundary;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.Comment;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.StickyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The marks a facilitator makes on the board in a workshop: pivotal events and boundaries, by key and menu, undoable, saved. */
class WorkshopMarksTest extends WindowTest {
    private static final StickyId PLACED = StickyId.parse("events/order-placed").orElseThrow();

    @TempDir
    static Path temp;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        folder = copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        open(stage, documents().open(folder));
    }

    private static double brightness(Color color) {
        return (color.getRed() + color.getGreen() + color.getBlue()) / 3;
    }

    @Test
    void anExclamationMarkMakesTheSelectedEventPivotalAndItIsDrawnSo(FxRobot robot) throws IOException {
        robot.interact(() -> window.canvasModel().flyTo(PLACED));
        robot.sleep(700);
        Geometry place = board().geometry(PLACED).orElseThrow();
        Point2D edge = window.canvasModel().viewport().toScreen(place.x() + 1, place.centerY() + 20);
        double before = brightness(pixel(robot, edge));
        robot.clickOn(onScreen(PLACED));
        robot.write("!");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((DomainEvent) board().get(PLACED)).isPivotal());
        robot.clickOn(canvasPoint(30, canvas().getHeight() - 30));
        double after = brightness(pixel(robot, edge));
        assertTrue(after < before - 0.3, "a heavy dark frame on the pivotal event: " + before + " -> " + after);

        shortcut(robot, KeyCode.S);
        assertTrue(Files.readString(folder.resolve("events/order-placed.md")).contains("\npivotal: true\n"), "kept in the event's file");
        shortcut(robot, KeyCode.Z);
        assertFalse(((DomainEvent) board().get(PLACED)).isPivotal(), "one undo step");
        robot.interact(() -> window.canvasModel().select(PLACED, false));
        clickMenu(robot, "Board", "Mark Pivotal Event");
        assertTrue(((DomainEvent) board().get(PLACED)).isPivotal(), "Board > Mark Pivotal Event does the same");
    }

    @Test
    void aBarKeyDrawsALabelledBoundaryAcrossTheLanes(FxRobot robot) throws IOException {
        robot.interact(() -> window.canvasModel().zoomToFit());
        Point2D at = canvasPoint(canvas().getWidth() * 0.6, canvas().getHeight() / 2);
        robot.moveTo(at);
        robot.write("|");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#boundary-label").write("Fulfilment begins");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Boundary> boundaries = board().settings().boundaries();
        assertEquals(1, boundaries.size());
        assertEquals("Fulfilment begins", boundaries.get(0).label());
        double expected = window.canvasModel().viewport().toWorld(canvas().screenToLocal(at).getX(), 0).getX();
        assertTrue(Math.abs(boundaries.get(0).x() - expected) <= 20, "where the mouse was: " + boundaries.get(0).x() + " vs " + expected);

        robot.clickOn(canvasPoint(30, canvas().getHeight() - 30));
        double y = window.canvasModel().viewport().toScreen(0, board().settings().contexts().get(0).swimlane().y() + 300).getY();
        boolean dark = false;
        for (int dx = -3; dx <= 3 && !dark; dx++) {
            dark = brightness(pixel(robot, window.canvasModel().viewport().toScreen(boundaries.get(0).x(), 0).add(dx, y))) < 0.45;
        }
        assertTrue(dark, "a dark line across the lanes");

        shortcut(robot, KeyCode.S);
        assertTrue(Files.readString(folder.resolve("board.yaml")).contains("Fulfilment begins"), "kept in board.yaml");
        shortcut(robot, KeyCode.Z);
        assertTrue(board().settings().boundaries().isEmpty(), "one undo step");
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        clickMenu(robot, "Board", "Remove Boundary\u2026");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(board().settings().boundaries().isEmpty(), "Board > Remove Boundary takes it away");
    }

    @Test
    void aCommentIsWrittenInTheInspectorShownAtOnceCountedOnTheStickyAndKeptInItsFile(FxRobot robot) throws IOException {
        StickyId policy = StickyId.parse("policies/reserve-inventory").orElseThrow();
        robot.interact(() -> window.canvasModel().flyTo(policy));
        robot.sleep(700);
        robot.clickOn(onScreen(policy));
        shortcut(robot, KeyCode.ALT, KeyCode.M);
        robot.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        Node field = canvas().getScene().getFocusOwner();
        assertEquals("comment-add", field == null ? null : field.getId(), "Edit > Add Comment puts the cursor in the comment line");
        robot.write("Who decides the timeout?");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Comment> comments = board().get(policy).comments();
        assertEquals(1, comments.size());
        assertEquals("Who decides the timeout?", comments.get(0).text());
        assertEquals(window.document().today().toString(), comments.get(0).date());
        assertFalse(comments.get(0).author().isEmpty());
        Node list = robot.lookup("#comment-list").query();
        assertTrue(
                robot.from(list).lookup(
                        (Node node) -> node instanceof Labeled labeled && "Who decides the timeout?".equals(labeled.getText())).tryQuery().isPresent(),
                "shown in the inspector at once, while the cursor is still there");

        Geometry place = board().geometry(policy).orElseThrow();
        Point2D bubble = window.canvasModel().viewport().toScreen(place.x(), place.bottom()).add(5, 4);
        robot.clickOn(canvasPoint(30, canvas().getHeight() - 30));
        assertTrue(brightness(pixel(robot, bubble)) > 0.9 || brightness(pixel(robot, bubble.add(1, 1))) > 0.9,
                "a white speech bubble with the count astride the sticky's lower left corner");
        shortcut(robot, KeyCode.S);
        assertTrue(Files.readString(folder.resolve("policies/reserve-inventory.md")).contains("## Comments"), "kept in the sticky's file");
        shortcut(robot, KeyCode.Z);
        assertTrue(board().get(policy).comments().isEmpty(), "one undo step");
    }
}
