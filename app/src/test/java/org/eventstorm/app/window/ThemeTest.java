package org.eventstorm.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventstorm.app.theme.ThemeChoice;
import org.eventstorm.render.BoardTheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Theme: dark or light at once, in every part of the window, or whatever the system says (light here). */
class ThemeTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage, documents().newEmpty());
    }

    @AfterEach
    void followTheSystemAgain(FxRobot robot) {
        robot.interact(() -> windows().theme().choiceProperty().set(ThemeChoice.SYSTEM));
    }

    private double brightness(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(80);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas().snapshot(null, null));
        Color colour = image[0].getPixelReader().getColor(5, 5);
        return colour.getBrightness();
    }

    @Test
    void theChosenThemeRepaintsAtOnceAndFollowingTheSystemGoesBack(FxRobot robot) {
        clickMenu(robot, "View", "Theme", "Dark");
        assertEquals(ThemeChoice.DARK, windows().theme().choiceProperty().get());
        assertEquals(BoardTheme.DARK, canvas().themeProperty().get());
        assertTrue(brightness(robot) < 0.3, "a dark board");

        clickMenu(robot, "View", "Theme", "Follow the System");
        assertEquals(BoardTheme.LIGHT, canvas().themeProperty().get(), "this test's system is light");
        assertTrue(brightness(robot) > 0.8, "a light board");
    }
}
