package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventstorm.app.problems.ProblemRow;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.StickyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The validator on the canvas: hotspots glow until resolved, problems fly to their sticky, fixes are undoable edits. */
class ValidatorOnCanvasTest extends WindowTest {
    private static final StickyId RACE = StickyId.parse("hotspots/payment-race-condition").orElseThrow();

    @TempDir
    static Path temp;

    @Start
    void start(Stage stage) throws IOException {
        Path board = copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        // One malformed file: the board must still open, with the problem listed.
        Files.writeString(board.resolve("events/broken.md"), "---\ntype: event-storming-event\nname: [Broken\n---\n");
        // One typo, so that a finding offers a fix.
        Path command = board.resolve("commands/confirm-order.md");
        Files.writeString(command, Files.readString(command).replace("- Order Confirmed", "- Order Confirmd"));
        open(stage, documents().open(board));
    }

    private List<ProblemRow> problems(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(robot.lookup("#problems-list").queryListView().getItems().stream().map(ProblemRow.class::cast).toList());
    }

    /** How red the canvas is just outside a sticky's left edge, where an open hotspot glows. */
    private double glowAt(FxRobot robot, StickyId id) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(120);
        // left of where the sticky shows: at this zoom its name may be on a card larger than its box
        var shown = canvas().shownArea(id);
        Point2D outside = window.canvasModel().viewport().toScreen(shown.minX(), (shown.minY() + shown.maxY()) / 2).add(-4, 0);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas().snapshot(null, null));
        Color color = image[0].getPixelReader().getColor((int) outside.getX(), (int) outside.getY());
        return color.getRed() - (color.getGreen() + color.getBlue()) / 2;
    }

    @Test
    void aMalformedFileIsListedAndTheRestOfTheBoardIsShown(FxRobot robot) {
        assertEquals(37, board().size());
        ProblemRow first = problems(robot).get(0);
        assertEquals("events/broken.md:3", first.where());
        assertTrue(first.message().startsWith("front matter is not valid YAML"), first.message());
        assertTrue(window.canvasModel().stickiesWithin(window.canvasModel().viewport().visibleWorld(canvas().getWidth(), canvas().getHeight())).size() >= 37,
                "every readable sticky is on screen at zoom to fit");
        assertTrue(window.notices().messageProperty().get().contains("could not be read cleanly"));
    }

    @Test
    void resolvingAHotspotRemovesItsGlowAndItsFinding(FxRobot robot) {
        assertTrue(glowAt(robot, RACE) > 0.12, "an open hotspot glows red");
        assertTrue(problems(robot).stream().anyMatch(row -> row.where().startsWith("hotspots/payment-race-condition")));

        robot.clickOn(onScreen(RACE));
        @SuppressWarnings("unchecked")
        ComboBox<String> status = robot.lookup("#field-status").queryAs(ComboBox.class);
        scrollIntoView(robot, status);
        robot.clickOn(status);
        robot.clickOn("resolved");
        TextArea resolution = robot.lookup("#field-resolution").queryAs(TextArea.class);
        scrollIntoView(robot, resolution);
        robot.clickOn(resolution).write("Authorize with the order ID as idempotency key.");
        robot.clickOn(canvasPoint(30, 30));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(((Hotspot) board().get(RACE)).isResolved());
        assertFalse(problems(robot).stream().anyMatch(row -> row.where().startsWith("hotspots/payment-race-condition")),
                "the finding is gone from the problems: " + problems(robot));
        assertTrue(glowAt(robot, RACE) < 0.05, "the glow is gone from the canvas");
        assertEquals("1 open hotspot", robot.lookup("#status-hotspots").queryLabeled().getText());
    }

    @Test
    void aProblemFliesToItsStickyAndItsFixIsOneUndoableEdit(FxRobot robot) {
        StickyId confirm = StickyId.parse("commands/confirm-order").orElseThrow();
        ListView<?> list = robot.lookup("#problems-list").queryListView();
        int index = problems(robot).stream().map(ProblemRow::where).toList().indexOf(
                problems(robot).stream().filter(row -> row.where().startsWith("commands/confirm-order")).findFirst().orElseThrow().where());
        robot.interact(() -> list.scrollTo(index));
        Object item = list.getItems().get(index);
        robot.clickOn(
                (javafx.scene.Node) robot.from(list).lookup(".list-cell").match((javafx.scene.control.ListCell<?> cell) -> cell.getItem() == item).query());
        robot.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(confirm), List.copyOf(window.canvasModel().selection()), "the sticky is selected");
        Point2D centre = canvas().screenCenterOf(confirm);
        assertTrue(Math.abs(centre.getX() - canvas().getWidth() / 2) < 5 && Math.abs(centre.getY() - canvas().getHeight() / 2) < 5,
                "and in the middle of the view");
        javafx.scene.Node focused = canvas().getScene().getFocusOwner();
        while (focused != null && (focused.getId() == null || !focused.getId().startsWith("field-"))) {
            focused = focused.getParent();
        }
        assertEquals("field-produces-events", focused == null ? null : focused.getId(), "and the inspector has the field of the finding in focus");

        robot.clickOn(".fix-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Order Confirmed"), ((Command) board().get(confirm)).producesEvents());
        assertEquals("Change 'Order Confirmd' to 'Order Confirmed' in 'Confirm Order'", board().undoDescription().orElseThrow());
        shortcut(robot, KeyCode.Z);
        assertEquals(List.of("Order Confirmd"), ((Command) board().get(confirm)).producesEvents());
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
