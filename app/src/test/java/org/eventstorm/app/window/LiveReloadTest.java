package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board's files change under the open window (a git pull, an editor): the window takes the change in, keeps the
 * unsaved edits made here, and asks when both touched the same sticky.
 */
class LiveReloadTest extends WindowTest {
    private static final StickyId PLACED = StickyId.parse("events/order-placed").orElseThrow();
    private static final StickyId SHIPPED = StickyId.parse("events/order-shipped").orElseThrow();

    @TempDir
    static Path temp;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        folder = copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        open(stage, documents().open(folder));
    }

    private void editOutside(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from));
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void anOutsideEditShowsAndUnsavedEditsHereStay(FxRobot robot) throws IOException {
        StickyId mine = typeSticky(robot, StickyKind.EVENT, canvasPoint(400, 700), "Order Audited");
        // Every notice, in order: autosave may say it saved the typed sticky right after the reload said it reloaded.
        java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> window.notices().messageProperty().addListener((property, before, now) -> told.add(now)));
        editOutside("events/order-shipped.md", "timestamp: when the carrier accepts the parcel", "timestamp: when the parcel leaves the dock");

        waitUntil(robot, () -> timestamp(SHIPPED).equals(Optional.of("when the parcel leaves the dock")), "the outside edit shows: " + timestamp(SHIPPED));
        assertTrue(board().contains(mine), "the sticky typed here is still there");
        assertTrue(robot.lookup("#conflict-dialog").tryQuery().isEmpty(), "nothing to ask: different stickies");
        assertTrue(told.stream().anyMatch(notice -> notice.startsWith("Reloaded")), told.toString());
        waitUntil(robot, () -> Files.exists(folder.resolve("events/order-audited.md")), "autosave writes the edit made here");
        assertTrue(Files.readString(folder.resolve("events/order-shipped.md")).contains("when the parcel leaves the dock"),
                "and leaves the outside edit on disk as it was written");
    }

    @Test
    void theSameStickyChangedOnBothSidesAsksAndTakesTheFilesVersion(FxRobot robot) throws IOException {
        typeTimestamp(robot, PLACED, "when the basket is paid");
        editOutside("events/order-placed.md", "timestamp: when customer completes checkout", "timestamp: when the order is submitted");

        waitUntil(robot, () -> robot.lookup("#conflict-dialog").tryQuery().isPresent(), "the clash is put to the person");
        assertEquals(Optional.of("when the basket is paid"), timestamp(PLACED), "nothing is decided before they answer");
        robot.clickOn("#conflict-events-order-placed-theirs");
        robot.clickOn(centreOf(showing(robot, "Apply")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("when the order is submitted"), timestamp(PLACED));
        assertFalse(window.document().isDirty(), "the board is the files again");
    }

    @Test
    void keepingMineSavesItOverTheFileOnlyOnceChosen(FxRobot robot) throws IOException {
        typeTimestamp(robot, PLACED, "when the basket is paid");
        editOutside("events/order-placed.md", "timestamp: when customer completes checkout", "timestamp: when the order is submitted");

        waitUntil(robot, () -> robot.lookup("#conflict-dialog").tryQuery().isPresent(), "the clash is put to the person");
        robot.sleep(2500);
        assertTrue(Files.readString(folder.resolve("events/order-placed.md")).contains("when the order is submitted"),
                "autosave waits while the person chooses");
        robot.clickOn(centreOf(showing(robot, "Apply")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("when the basket is paid"), timestamp(PLACED), "keep mine is the default");
        waitUntil(robot, () -> {
            try {
                return Files.readString(folder.resolve("events/order-placed.md")).contains("timestamp: when the basket is paid");
            } catch (IOException e) {
                return false;
            }
        }, "the edit kept here is saved");
    }
}
