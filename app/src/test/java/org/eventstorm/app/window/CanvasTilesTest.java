package org.eventstorm.app.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.eventstorm.app.canvas.SamePixels;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.MoveSticky;
import org.eventstorm.model.edit.RemoveSticky;
import org.eventstorm.model.edit.RenameSticky;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.Link;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The canvas keeps what it drew while the view only moves, and draws again just around the stickies whose look
 * changes (hovered, selected, their arrows): after each such change the canvas shows exactly what drawing it all
 * again shows.
 */
class CanvasTilesTest extends WindowTest {
    @TempDir
    static Path temp;

    @Start
    void start(Stage stage) throws IOException {
        Path board = copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        open(stage, documents().open(board));
    }

    @Test
    void hoveringAndSelectingAfterAPanLooksAsDrawingItAllAgain(FxRobot robot) {
        robot.interact(() -> window.canvasModel().viewport().setScaleAt(0, 0, 1.0));
        settle(robot);
        for (int frame = 0; frame < 30; frame++) {
            robot.interact(() -> window.canvasModel().viewport().panBy(-23, -9));
            WaitForAsyncUtils.waitForFxEvents();
        }
        settle(robot);
        assertSameAsDrawnAgain(robot, "after a pan");

        List<StickyId> inView = window.canvasModel().stickiesWithin(window.canvasModel().viewport().visibleWorld(canvas().getWidth(),
                canvas().getHeight()));
        StickyId linked = inView.stream().filter(id -> BoardLinks.of(board()).stream().anyMatch(link -> touches(link, id))).findFirst().orElseThrow(
                () -> new AssertionError("a linked sticky in view"));
        StickyId other = inView.stream().filter(id -> !id.equals(linked)).findFirst().orElseThrow();

        robot.moveTo(onScreen(linked));
        settle(robot);
        assertSameAsDrawnAgain(robot, "hovering a sticky");

        robot.clickOn(onScreen(linked));
        settle(robot);
        assertTrue(window.canvasModel().selection().contains(linked));
        assertSameAsDrawnAgain(robot, "selecting a sticky (its arrows lit)");

        robot.clickOn(onScreen(other));
        settle(robot);
        assertFalse(window.canvasModel().selection().contains(linked));
        assertSameAsDrawnAgain(robot, "selecting another (the first one's arrows no longer lit)");

        robot.interact(() -> window.canvasModel().selectOnly(List.of(other, linked)));
        settle(robot);
        assertEquals(2, window.canvasModel().selection().size());
        assertSameAsDrawnAgain(robot, "two selected (neither shows its link handle)");
    }

    @Test
    void editsDrawAgainOnlyWhereTheyChangeAndLookAsDrawingItAllAgain(FxRobot robot) {
        robot.interact(() -> window.canvasModel().viewport().setScaleAt(0, 0, 0.6));
        settle(robot);
        robot.interact(() -> canvas().requestRepaint());
        settle(robot);
        settle(robot);
        assertSameAsDrawnAgain(robot, "at rest");
        StickyId placed = StickyId.parse("events/order-placed").orElseThrow();
        robot.interact(() -> window.document().apply(new MoveSticky(placed, board().geometry(placed).orElseThrow().movedBy(120, 90))));
        settle(robot);
        assertSameAsDrawnAgain(robot, "a linked sticky moved (its arrows follow)");
        robot.interact(() -> window.document().apply(new RenameSticky(placed, "Order Submitted")));
        settle(robot);
        assertSameAsDrawnAgain(robot, "a sticky renamed (the names written to it follow, its arrows stay)");
        robot.interact(() -> window.document().apply(AddSticky.at(StickyKind.EVENT.create("Coupon Applied"), new Geometry(900, 600, 160, 100))));
        settle(robot);
        assertSameAsDrawnAgain(robot, "a sticky added in view");
        robot.interact(() -> window.document().apply(new RemoveSticky(StickyId.parse("commands/place-order").orElseThrow())));
        settle(robot);
        assertSameAsDrawnAgain(robot, "a sticky with arrows removed");
        robot.interact(() -> {
            window.document().undo();
            window.document().undo();
        });
        settle(robot);
        assertSameAsDrawnAgain(robot, "two undone");
    }

    @Test
    void zoomingWithTheWheelComesToRestLookingAsDrawingItAllAgain(FxRobot robot) {
        robot.interact(() -> window.canvasModel().viewport().setScaleAt(0, 0, 1.0));
        settle(robot);
        for (int notch = 0; notch < 8; notch++) {
            wheel(robot, -40);
        }
        assertTrue(window.canvasModel().viewport().scale() < 0.6, "the wheel zoomed out: " + window.canvasModel().viewport().scale());
        settle(robot);
        settle(robot);
        assertSameAsDrawnAgain(robot, "after zooming out with the wheel and resting");
        for (int notch = 0; notch < 12; notch++) {
            wheel(robot, 40);
        }
        settle(robot);
        settle(robot);
        assertSameAsDrawnAgain(robot, "after zooming in with the wheel and resting");
    }

    /** One notch of the wheel with Ctrl held, over the middle of the canvas, and the frames it takes. */
    private void wheel(FxRobot robot, double deltaY) {
        robot.interact(() -> {
            double x = canvas().getWidth() / 2;
            double y = canvas().getHeight() / 2;
            javafx.geometry.Point2D screen = canvas().localToScreen(x, y);
            canvas().fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, x, y, screen.getX(), screen.getY(), false,
                    true, false, false, false, false, 0, deltaY, 0, deltaY, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        robot.sleep(20);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean touches(Link link, StickyId id) {
        return link.from().equals(id) || link.to().equals(id);
    }

    private void assertSameAsDrawnAgain(FxRobot robot, String after) {
        WritableImage shown = snapshot(robot);
        robot.interact(() -> canvas().requestRepaint());
        settle(robot);
        WritableImage drawnAgain = snapshot(robot);
        assertEquals("", SamePixels.differences(shown, drawnAgain), after + ": what the canvas shows, against drawing it all again");
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas().snapshot(null, null));
        return image[0];
    }

    private static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(120);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
