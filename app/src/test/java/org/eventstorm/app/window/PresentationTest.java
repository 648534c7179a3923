package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eventstorm.app.canvas.BoardCanvas;
import org.eventstorm.model.sticky.StickyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F5 tells the board full screen, one timeline step at a time, the same steps the timeline export numbers. */
class PresentationTest extends WindowTest {
    @TempDir
    static Path temp;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        folder = copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        open(stage, documents().open(folder));
    }

    private Stage presentation() {
        return (Stage) Window.getWindows().stream().filter(window -> window.isShowing() && window instanceof Stage stage
                && stage.getTitle() != null && stage.getTitle().endsWith("Presentation")).findFirst().orElse(null);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void key(FxRobot robot, KeyCode code) {
        robot.press(code).release(code);
        robot.sleep(350);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void arrowsWalkTheTimelineWithEachStepLitAndInView(FxRobot robot) throws IOException {
        List<String> numbered = Files.readAllLines(Path.of("../exporters/src/test/resources/golden/timeline/timeline/timeline.md")).stream().filter(
                line -> line.matches("\\d+\\. .*")).toList();
        robot.clickOn(canvas());
        key(robot, KeyCode.F5);
        Stage stage = presentation();
        assertTrue(stage != null && stage.isShowing(), "F5 opens the presentation");
        assertTrue(stage.isFullScreen());
        assertEquals("Step 1 of " + numbered.size(), text(robot, "#presentation-counter"), "the timeline export's steps");
        assertEquals("Customer  \u2192  Product Catalog", text(robot, "#presentation-caption"));

        BoardCanvas shown = robot.lookup("#presentation-canvas").queryAs(BoardCanvas.class);
        Set<StickyId> lit = Set.copyOf(shown.model().spotlight());
        assertEquals(2, lit.size(), lit.toString());
        for (StickyId id : lit) {
            var centre = shown.screenCenterOf(id);
            assertTrue(centre.getX() > 0 && centre.getX() < shown.getWidth() && centre.getY() > 0 && centre.getY() < shown.getHeight() - 150,
                    id + " is in view, above the caption, at " + centre);
        }

        assertEquals(numbered.size(), canvas().rulerNumbers().length, "the workshop's ruler numbers the same steps");
        Node band = robot.lookup(".presentation-band").query();
        for (int number = 1; number <= numbered.size(); number++) {
            if (number > 1) {
                key(robot, KeyCode.RIGHT);
            }
            double captionTop = shown.sceneToLocal(band.localToScene(band.getLayoutBounds())).getMinY();
            for (StickyId id : shown.model().spotlight()) {
                var place = board().geometry(id).orElseThrow();
                var bottom = shown.model().viewport().toScreen(place.right(), place.bottom());
                assertTrue(bottom.getY() < captionTop, "step " + number + ": the caption covers " + id + " (" + bottom.getY() + " > " + captionTop + ")");
            }
            if (numbered.get(number - 1).contains("POLICY: Authorize Payment")) {
                assertTrue(shown.model().spotlight().contains(StickyId.parse("hotspots/payment-race-condition").orElseThrow()),
                        "the hotspot about the step is lit with it: step " + number);
            }
        }
        key(robot, KeyCode.HOME);
        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.SPACE);
        assertEquals("Step 3 of " + numbered.size(), text(robot, "#presentation-counter"));
        assertFalse(lit.equals(shown.model().spotlight()), "the spotlight moves on");
        assertEquals("Cart  \u2192  Item Added to Cart", text(robot, "#presentation-caption"));
        key(robot, KeyCode.LEFT);
        assertEquals("Step 2 of " + numbered.size(), text(robot, "#presentation-counter"));
        key(robot, KeyCode.END);
        assertEquals("Step " + numbered.size() + " of " + numbered.size(), text(robot, "#presentation-counter"));
        key(robot, KeyCode.RIGHT);
        assertEquals("Step " + numbered.size() + " of " + numbered.size(), text(robot, "#presentation-counter"), "the last step stays");

        int stickies = board().size();
        key(robot, KeyCode.E);
        key(robot, KeyCode.DELETE);
        assertEquals(stickies, board().size(), "nothing is edited while presenting");
        assertFalse(window.document().isDirty());

        key(robot, KeyCode.ESCAPE);
        assertFalse(stage.isShowing(), "Escape leaves");
        assertTrue(window.canvasModel().spotlight().isEmpty(), "the workshop's own canvas was never dimmed");
    }
}
