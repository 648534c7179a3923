package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A free note for whatever the room needs: N at the mouse writes one at every level, its colour is chosen in the
 * inspector and drawn, it is saved in its own file, nothing is found wrong with it, and one undo takes it away.
 */
class FreeNotesTest extends WindowTest {
    @TempDir
    static Path temp;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        folder = copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        open(stage, documents().open(folder));
    }

    @Test
    void nWritesAFreeNoteInTheColourChosenWhichTheValidatorLeavesAlone(FxRobot robot) throws IOException {
        robot.interact(() -> window.document().apply(new EditSettings(board().settings().withLevel(Level.BIG_PICTURE))));
        robot.interact(() -> window.canvasModel().actualSize());
        robot.moveTo(canvasPoint(canvas().getWidth() / 2, canvas().getHeight() / 2));
        robot.clickOn(canvasPoint(canvas().getWidth() / 2, canvas().getHeight() / 2));
        robot.type(KeyCode.N);
        robot.write("Parking lot: who owns returns?");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<StickyId> notes = board().named(StickyKind.NOTE, "Parking lot: who owns returns?");
        assertEquals(1, notes.size(), "a note at big picture: " + board().ids());
        StickyId note = notes.get(0);

        robot.interact(() -> window.canvasModel().select(note, false));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> colour = robot.lookup("#field-color").queryAs(ComboBox.class);
        robot.interact(() -> colour.setValue("pink"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("pink", board().get(note).color());
        robot.interact(() -> window.canvasModel().clearSelection());
        var place = board().geometry(note).orElseThrow();
        Point2D inside = window.canvasModel().viewport().toScreen(place.x() + 6, place.bottom() - 6);
        Color drawn = pixel(robot, inside);
        Color pink = Color.web("#FCC2D7");
        assertTrue(Math.abs(drawn.getRed() - pink.getRed()) + Math.abs(drawn.getGreen() - pink.getGreen())
                + Math.abs(drawn.getBlue() - pink.getBlue()) < 0.02, "drawn in the colour chosen: " + drawn);

        assertTrue(window.document().findings().stream().noneMatch(finding -> note.equals(finding.sticky())),
                "nothing is wrong with a note: " + window.document().findings());
        shortcut(robot, KeyCode.S);
        String file = Files.readString(folder.resolve(note.fileName()));
        assertTrue(file.startsWith("---\ntype: event-storming-note\n") && file.contains("\ncolor: pink\n"), file);

        robot.clickOn(canvasPoint(30, canvas().getHeight() - 30));
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(board().named(StickyKind.NOTE, "Parking lot: who owns returns?").isEmpty(), "undone: " + board().ids());
    }
}
