package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.eventstorm.app.recovery.RecoveryJournal;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A crash (here: the window vanishing without a chance to save or ask) leaves a recovery journal; the next start
 * offers the unsaved edits back, and the person decides.
 */
class RecoveryTest extends WindowTest {
    @TempDir
    static Path temp;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        for (Path journal : windows().recoveryPlaces().untitledJournals()) {
            Files.delete(journal);
        }
        folder = copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        open(stage, documents().open(folder));
    }

    private void crash(FxRobot robot) {
        robot.interact(() -> window.stage().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs what the app does at start or on File > Open, answering the offer with {@code answer}. */
    private MainWindow reopen(FxRobot robot, Runnable opening, String answer) {
        List<MainWindow> before = windows().open();
        Platform.runLater(opening);
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        assertTrue(robot.lookup("#recovery-offer").tryQuery().isPresent(), "the unsaved edits are offered back");
        robot.clickOn(centreOf(showing(robot, answer)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        return windows().open().stream().filter(each -> !before.contains(each)).findFirst().orElseThrow();
    }

    @Test
    void editsNotYetAutosavedComeBackAndSaveToTheBoard(FxRobot robot) throws IOException {
        typeSticky(robot, StickyKind.EVENT, canvasPoint(400, 700), "Order Audited");
        robot.sleep(600);
        Path journal = windows().recoveryPlaces().journalOf(folder);
        assertEquals(folder.getParent(), journal.getParent(), "the journal sits beside the board, not in it");
        assertTrue(RecoveryJournal.read(journal).files().containsKey("events/order-audited.md"));
        crash(robot);
        assertFalse(Files.exists(folder.resolve("events/order-audited.md")), "the crash came before the autosave");

        MainWindow reopened = reopen(robot, () -> windows().open(folder), "Recover Edits");
        assertEquals(1, reopened.document().board().named(StickyKind.EVENT, "Order Audited").size(), "the edit is back");
        assertTrue(reopened.document().isDirty(), "and is still to be saved");
        robot.interact(reopened::save);
        assertTrue(Files.readString(folder.resolve("events/order-audited.md")).contains("name: Order Audited"));
        assertFalse(Files.exists(journal), "a saved board keeps no journal");
    }

    @Test
    void discardingOpensTheBoardAsOnDiskAndForgetsTheJournal(FxRobot robot) {
        typeSticky(robot, StickyKind.EVENT, canvasPoint(400, 700), "Order Audited");
        robot.sleep(600);
        crash(robot);
        MainWindow reopened = reopen(robot, () -> windows().open(folder), "Discard Them");
        assertTrue(reopened.document().board().named(StickyKind.EVENT, "Order Audited").isEmpty());
        assertFalse(reopened.document().isDirty());
        assertFalse(Files.exists(windows().recoveryPlaces().journalOf(folder)));
    }

    @Test
    void aBoardNeverSavedComesBackAtTheNextStart(FxRobot robot) throws IOException {
        robot.interact(() -> window = windows().show(documents().newEmpty()));
        robot.clickOn(canvas());
        typeSticky(robot, StickyKind.EVENT, canvasPoint(300, 300), "Item Wrapped");
        typeSticky(robot, StickyKind.EVENT, canvasPoint(600, 300), "Parcel Sent");
        robot.sleep(600);
        List<Path> journals = windows().recoveryPlaces().untitledJournals();
        assertEquals(1, journals.size());
        crash(robot);

        MainWindow reopened = reopen(robot, () -> windows().openFirst(new Stage(), null), "Recover Edits");
        assertEquals(2, reopened.document().board().size());
        assertEquals(1, reopened.document().board().named(StickyKind.EVENT, "Parcel Sent").size());
        assertTrue(reopened.document().isDirty());
        assertTrue(reopened.document().folder().isEmpty(), "still a board to save somewhere");
        List<Path> now = windows().recoveryPlaces().untitledJournals();
        assertEquals(1, now.size(), "the recovered board keeps one journal going: " + now);
        assertTrue(RecoveryJournal.read(now.get(0)).files().values().stream().anyMatch(text -> text.contains("Parcel Sent")));

        robot.interact(() -> reopened.stage().hide());
        for (Path journal : windows().recoveryPlaces().untitledJournals()) {
            Files.delete(journal);
        }
    }
}
