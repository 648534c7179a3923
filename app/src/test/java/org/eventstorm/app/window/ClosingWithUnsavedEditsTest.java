package org.eventstorm.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing a window on a board that was never saved (so nothing saves it by itself) asks before the edits are lost. */
class ClosingWithUnsavedEditsTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage, documents().newEmpty());
    }

    @Test
    void cancelKeepsTheWindowAndItsEditsAndDontSaveClosesIt(FxRobot robot) throws Exception {
        robot.interact(() -> board().apply(AddSticky.at(StickyKind.EVENT.create("Order Placed"), new Geometry(0, 0, 160, 100))));
        assertTrue(window.document().isDirty());

        CompletableFuture<Boolean> first = closing();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Save the changes to \u201CUntitled Board\u201D before closing?", question.getHeaderText());
        robot.clickOn("Cancel");
        assertFalse(first.get(10, TimeUnit.SECONDS), "Cancel keeps the window open");
        assertTrue(window.stage().isShowing());
        assertTrue(window.document().isDirty(), "and the edit unsaved");
        assertEquals(1, board().stickies().size());

        CompletableFuture<Boolean> second = closing();
        robot.clickOn("Don't Save");
        assertTrue(second.get(10, TimeUnit.SECONDS), "Don't Save closes it");
        assertFalse(window.stage().isShowing());
    }

    /** Asks the window to close, as its close button does; the answer comes once the person has answered the question. */
    private CompletableFuture<Boolean> closing() {
        CompletableFuture<Boolean> closed = new CompletableFuture<>();
        Platform.runLater(() -> closed.complete(window.close()));
        WaitForAsyncUtils.waitForFxEvents();
        return closed;
    }
}
