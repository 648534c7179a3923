package org.eventstorm.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.eventstorm.app.theme.Fonts;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Started without a board, the app welcomes the person: recent boards, a new board, a board from disk, the sample. */
class WelcomeTest extends WindowTest {
    @TempDir
    static Path temp;
    private Path recent;
    private Stage welcome;

    @Start
    void start(Stage stage) throws IOException {
        recent = BoardFolders.copyOfSample("user-registration", Files.createTempDirectory(temp, "recent"));
        documents().remember(recent);
        System.setProperty("eventstorm.boards", temp.resolve("boards").toString());
        for (Path journal : windows().recoveryPlaces().untitledJournals()) {
            Files.delete(journal);
        }
        Fonts.load();
        windows().theme().apply();
        welcome = stage;
        windows().openFirst(stage, null);
    }

    @AfterEach
    void forgetTheBoardsFolder() {
        System.clearProperty("eventstorm.boards");
    }

    @Test
    void theWelcomeScreenListsRecentBoardsAndOpensOne(FxRobot robot) {
        assertTrue(robot.lookup("#welcome").tryQuery().isPresent(), "the welcome screen is shown, not an empty board");
        assertTrue(windows().open().isEmpty());
        ListView<?> list = robot.lookup("#welcome-recent").queryAs(ListView.class);
        assertEquals(recent.toAbsolutePath().normalize(), list.getItems().get(0), "the last board opened comes first");
        Node first = robot.lookup("#welcome-recent .list-cell").nth(0).query();
        assertTrue(robot.from(first).lookup(".label").queryAll().stream().map(label -> ((Labeled) label).getText()).anyMatch(
                text -> text.equals(recent.getFileName().toString())), "each board is shown by its folder's name");
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, windows().open().size());
        assertEquals(recent.toAbsolutePath().normalize(), windows().open().get(0).document().folder().orElseThrow().toAbsolutePath().normalize());
        assertFalse(welcome.isShowing(), "the board replaces the welcome screen");
    }

    @Test
    void theSampleIsCopiedIntoTheBoardsFolderAndOpened(FxRobot robot) {
        robot.clickOn("#welcome-sample");
        WaitForAsyncUtils.waitForFxEvents();
        Path sample = temp.resolve("boards/order-fulfillment");
        assertTrue(Files.isRegularFile(sample.resolve("board.yaml")), "the sample is copied where the person can edit it");
        assertEquals(BoardFolders.contents(BoardFolders.SAMPLES.resolve("order-fulfillment")), BoardFolders.contents(sample));
        MainWindow opened = windows().open().get(0);
        assertEquals(37, opened.document().board().size());
        assertFalse(welcome.isShowing());
    }

    @Test
    void aNewBoardStartsEmptyAndUntitled(FxRobot robot) {
        robot.clickOn("#welcome-new");
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow opened = windows().open().get(0);
        assertEquals(0, opened.document().board().size());
        assertTrue(opened.document().folder().isEmpty(), "a new board has no folder until it is saved");
        assertFalse(welcome.isShowing());
    }
}
