package org.eventstorm.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Stage;
import org.eventstorm.app.canvas.Viewport;
import org.eventstorm.app.document.BoardPreload;
import org.eventstorm.app.theme.Fonts;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first window of a start, on a board read while JavaFX started: the board is drawn in the first frame, before
 * the panels are built, and it does not move when they arrive.
 */
class BoardFirstStartTest extends WindowTest {
    @TempDir
    static Path temp;
    private ObservableBooleanValue complete;
    private boolean completeWhenShown;
    private boolean inspectorInSceneWhenShown;
    /** What the first pulse that painted the board saw. */
    private FirstPaint firstPaint;

    private record FirstPaint(boolean complete, boolean paletteInScene, double width, double height, double scale, double x, double y) {
    }

    @Start
    void start(Stage stage) throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        for (Path journal : windows().recoveryPlaces().untitledJournals()) {
            Files.delete(journal);
        }
        Fonts.load();
        windows().theme().apply();
        complete = windows().openFirst(stage, BoardPreload.start(board, WindowTest::documents));
        completeWhenShown = complete.get();
        inspectorInSceneWhenShown = stage.getScene().lookup("#inspector") != null;
        window = windows().open().get(0);
        // Added after the canvas's own listener, so it runs after the canvas painted in the same pulse.
        stage.getScene().addPostLayoutPulseListener(() -> {
            if (firstPaint == null && window.canvas().framesPainted() > 0) {
                Viewport view = window.canvasModel().viewport();
                firstPaint = new FirstPaint(complete.get(), stage.getScene().lookup("#palette") != null, window.canvas().getWidth(),
                        window.canvas().getHeight(), view.scale(), view.translateXProperty().get(), view.translateYProperty().get());
            }
        });
    }

    @Test
    void theBoardIsDrawnFirstAndThePanelsFollowWithoutMovingIt(FxRobot robot) throws Exception {
        assertFalse(completeWhenShown, "the window is shown before its panels are built");
        assertFalse(inspectorInSceneWhenShown);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, complete::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(firstPaint != null, "the board was painted");
        assertFalse(firstPaint.complete(), "the board was painted before the panels were built");
        assertFalse(firstPaint.paletteInScene());
        assertTrue(window.document().board().stickies().size() > 30, "the sample board was read");

        for (String id : new String[] {"#palette", "#inspector", "#problems", "#bottom-tabs", "#status-saved"}) {
            assertTrue(robot.lookup(id).tryQuery().isPresent(), id + " is in the window once it is complete");
        }
        assertTrue(robot.lookup(".menu-bar").tryQuery().isPresent(), "the menus are in");
        Viewport view = window.canvasModel().viewport();
        assertEquals(firstPaint.height(), window.canvas().getHeight(), 0.5, "the empty places kept the panels' heights");
        assertEquals(firstPaint.width(), window.canvas().getWidth(), 12, "and about their widths");
        assertEquals(firstPaint.scale(), view.scale(), 1e-9, "the view did not move when the panels arrived");
        assertEquals(firstPaint.x(), view.translateXProperty().get(), 1e-9);
        assertEquals(firstPaint.y(), view.translateYProperty().get(), 1e-9);
        // The icon is drawn once the window is complete, and then set at every size.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.stage().getIcons().size() == 6);
    }

    @Test
    void whatReachesForAPanelBeforeItArrivesGetsItAtOnce(FxRobot robot) throws IOException {
        Path board = BoardFolders.copyOfSample("user-registration", Files.createTempDirectory(temp, "second"));
        BoardPreload preload = BoardPreload.start(board, WindowTest::documents);
        robot.interact(() -> {
            ObservableBooleanValue second = windows().openFirst(new Stage(), preload);
            assertFalse(second.get(), "no pulse has run yet: the panels are not built");
            MainWindow opened = windows().open().get(windows().open().size() - 1);
            opened.problems();
            assertTrue(second.get(), "asking for a panel builds them all");
            assertTrue(opened.stage().getScene().lookup("#problems") != null);
        });
    }
}
