package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventstorm.model.sticky.StickyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+F finds stickies by name and by the text inside them, and flies the board to each hit in turn. */
class SearchTest extends WindowTest {
    private static final StickyId HOTSPOT = StickyId.parse("hotspots/payment-race-condition").orElseThrow();

    @TempDir
    static Path temp;

    @Start
    void start(Stage stage) throws IOException {
        open(stage, documents().open(copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"))));
    }

    private String summary(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#search-count").queryAs(Label.class).getText();
    }

    private void enter(FxRobot robot, boolean shift) {
        if (shift) {
            robot.press(KeyCode.SHIFT);
        }
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        if (shift) {
            robot.release(KeyCode.SHIFT);
        }
        robot.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The selected sticky sits in the middle of the canvas: the board flew there. */
    private void assertFlewTo(StickyId id) {
        assertEquals(Set.of(id), window.canvasModel().selection());
        Point2D centre = canvas().screenCenterOf(id);
        assertTrue(Math.abs(centre.getX() - canvas().getWidth() / 2) < 3 && Math.abs(centre.getY() - canvas().getHeight() / 2) < 3,
                id + " is centred, but is at " + centre + " in " + canvas().getWidth() + " x " + canvas().getHeight());
    }

    @Test
    void enterWalksTheHitsInTimelineOrderAndShiftEnterGoesBack(FxRobot robot) {
        robot.clickOn(canvas());
        shortcut(robot, KeyCode.F);
        assertTrue(robot.lookup("#search-bar").query().isVisible());
        robot.write("payment");
        robot.sleep(400);
        var hits = window.canvasModel().highlighted();
        assertTrue(hits.size() >= 5, "every sticky naming payment is lit: " + hits);
        String first = summary(robot);
        assertTrue(first.startsWith("1 of " + hits.size()), first);
        StickyId one = window.canvasModel().selection().iterator().next();
        assertTrue(window.canvasModel().board().get(one).name().toLowerCase().contains("payment"));
        assertFlewTo(one);

        enter(robot, false);
        assertTrue(summary(robot).startsWith("2 of "), summary(robot));
        StickyId two = window.canvasModel().selection().iterator().next();
        assertFalse(two.equals(one));
        assertFlewTo(two);
        assertTrue(board().geometry(two).orElseThrow().x() >= board().geometry(one).orElseThrow().x(), "hits come left to right");

        enter(robot, true);
        assertTrue(summary(robot).startsWith("1 of "));
        assertFlewTo(one);
        enter(robot, true);
        assertTrue(summary(robot).startsWith(hits.size() + " of "), "back from the first goes round to the last");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#search-bar").query().isVisible());
        assertTrue(window.canvasModel().highlighted().isEmpty(), "closing puts the lights out");
        assertTrue(canvas().isFocused(), "and gives the keys back to the board");
    }

    @Test
    void wordsInsideASectionAreFoundAndSaidWhere(FxRobot robot) {
        shortcut(robot, KeyCode.F);
        robot.write("overdraft");
        robot.sleep(400);
        assertEquals("1 of 1 \u00B7 in Issue", summary(robot));
        assertFlewTo(HOTSPOT);

        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write("zzz");
        assertEquals("No matches", summary(robot));
    }
}
