package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventstorm.app.desktop.DesktopBridge;
import org.eventstorm.model.sticky.StickyId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export: each format and all of them into a chosen folder, the progress in the status bar, then Open Folder. */
class ExportMenuTest extends WindowTest {
    @TempDir
    static Path temp;

    /** Answers the folder dialog with a fixed folder and remembers what the file manager was asked to show. */
    private final FakeDesktop desktop = new FakeDesktop();
    private DesktopBridge original;

    @Start
    void start(Stage stage) throws IOException {
        original = windows().desktop();
        windows().useDesktop(desktop);
        Path board = copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        open(stage, documents().open(board));
    }

    @AfterEach
    void restoreDesktop() {
        windows().useDesktop(original);
    }

    private void waitUntilDone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.exports().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyFormatIsOfferedAndOneIsExportedWithOpenFolderAfterwards(FxRobot robot) throws Exception {
        desktop.answer = temp.resolve("picture-out");
        clickMenu(robot, "File", "Export");
        for (var format : windows().exportFormats().all()) {
            assertTrue(robot.lookup(format.title() + "\u2026").tryQuery().isPresent(), format.id() + " is in the Export menu");
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        clickMenu(robot, "File", "Export", "Board picture (PNG, SVG)\u2026");
        waitUntilDone(robot);
        assertEquals(List.of("Export Board picture (PNG, SVG) into a folder"), desktop.titles);
        assertTrue(Files.size(desktop.answer.resolve("picture/board.png")) > 10_000);
        assertTrue(Files.readString(desktop.answer.resolve("picture/board.svg")).contains("Reserve Inventory"));
        String message = robot.lookup("#export-message").queryAs(Label.class).getText();
        assertEquals("Exported 2 files to " + desktop.answer, message);
        robot.clickOn(robot.lookup("#export-open-folder").queryAs(Hyperlink.class));
        assertEquals(List.of(desktop.answer), desktop.opened);
    }

    @Test
    void allFormatsRunInTheBackgroundWithProgressWhileEditingGoesOn(FxRobot robot) throws Exception {
        desktop.answer = temp.resolve("all-out");
        int before = board().size();
        shortcut(robot, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        boolean sawProgress = window.exports().runningProperty().get()
                && robot.lookup("#export-progress").query().isVisible();
        // The canvas stays live during the export: add a sticky while it runs.
        typeSticky(robot, org.eventstorm.model.sticky.StickyKind.EVENT, canvasPoint(300, 120), "Late Idea Noted");
        waitUntilDone(robot);
        assertTrue(sawProgress, "the progress bar shows while the export runs");
        assertEquals(before + 1, board().size());
        for (String file : List.of("specs/001-order-processing/event-storming/order-fulfillment/index.md", "timeline/timeline.md",
                "eventcatalog/eventcatalog.config.js", "picture/board.svg", "asyncapi/order-service.yaml")) {
            assertTrue(Files.exists(desktop.answer.resolve(file)), file);
        }
        assertFalse(Files.readString(desktop.answer.resolve("timeline/timeline.md")).contains("Late Idea Noted"),
                "the export is of the board as it was when it started");
        assertTrue(window.notices().messageProperty().get().startsWith("Export finished: "), window.notices().messageProperty().get());
    }

    @Test
    void aPictureOfTheSelectionShowsOnlyTheSelectedStickies(FxRobot robot) throws Exception {
        desktop.answer = temp.resolve("selection-out");
        StickyId placeOrder = StickyId.parse("commands/place-order").orElseThrow();
        StickyId orderPlaced = StickyId.parse("events/order-placed").orElseThrow();
        robot.interact(() -> window.canvasModel().selectOnly(List.of(placeOrder, orderPlaced)));
        clickMenu(robot, "File", "Export", "Picture of Selection\u2026");
        waitUntilDone(robot);
        String svg = Files.readString(desktop.answer.resolve("picture/selection.svg"));
        assertTrue(svg.contains(">Place Order<") && svg.contains(">Order Placed<"));
        assertFalse(svg.contains("Reserve Inventory"));
    }

    @Test
    void cancellingTheFolderDialogExportsNothing(FxRobot robot) {
        desktop.answer = null;
        shortcut(robot, KeyCode.E);
        assertFalse(window.exports().runningProperty().get());
        assertFalse(robot.lookup("#export-status").query().isVisible());
    }
}
