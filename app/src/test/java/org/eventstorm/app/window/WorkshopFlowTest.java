package org.eventstorm.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Policy;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A facilitator builds a chain on an empty board with keys and the mouse, links by dragging, edits in the inspector,
 * undoes everything, and saves and reopens the board.
 */
class WorkshopFlowTest extends WindowTest {
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        open(stage, documents().newEmpty(Level.DESIGN));
    }

    private StickyId buildChain(FxRobot robot) {
        StickyId customer = typeSticky(robot, StickyKind.ACTOR, canvasPoint(120, 200), "Customer");
        StickyId placeOrder = typeSticky(robot, StickyKind.COMMAND, canvasPoint(330, 200), "Place Order");
        StickyId orderPlaced = typeSticky(robot, StickyKind.EVENT, canvasPoint(540, 200), "Order Placed");
        StickyId policy = typeSticky(robot, StickyKind.POLICY, canvasPoint(540, 420), "Reserve Inventory");
        // The last one with the mouse: double-click the board, then type.
        window.canvasModel().newKindProperty().set(StickyKind.COMMAND);
        robot.doubleClickOn(canvasPoint(750, 420), MouseButton.PRIMARY);
        robot.write("Reserve Stock").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        StickyId reserve = board().named(StickyKind.COMMAND, "Reserve Stock").get(0);

        dragLink(robot, customer, placeOrder);
        dragLink(robot, placeOrder, orderPlaced);
        dragLink(robot, orderPlaced, policy);
        dragLink(robot, policy, reserve);
        return reserve;
    }

    /** Draws an arrow by dragging from a sticky's link handle onto another sticky. */
    private void dragLink(FxRobot robot, StickyId from, StickyId to) {
        robot.moveTo(onScreen(from));
        robot.moveTo(linkHandleOf(from));
        robot.drag(linkHandleOf(from), MouseButton.PRIMARY).dropTo(onScreen(to));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void buildAChainWithKeysAndMouseAndLinkByDragging(FxRobot robot) {
        StickyId reserve = buildChain(robot);
        assertEquals(5, board().size());
        Command placeOrder = (Command) board().get(board().named(StickyKind.COMMAND, "Place Order").get(0));
        assertEquals(Optional.of("Customer"), placeOrder.actor());
        assertEquals(List.of("Order Placed"), placeOrder.producesEvents());
        Policy policy = (Policy) board().get(board().named(StickyKind.POLICY, "Reserve Inventory").get(0));
        assertEquals(Optional.of("Order Placed"), policy.triggerEvent());
        assertEquals(Optional.of("Reserve Stock"), policy.issuesCommand());
        assertTrue(board().contains(reserve));
        assertTrue(window.document().findings().stream().anyMatch(f -> f.ruleId().equals("command-without-event")),
                "the validator follows the edits live");
    }

    @Test
    void aLinkTheGrammarForbidsIsRefusedWithAMessage(FxRobot robot) {
        StickyId event = typeSticky(robot, StickyKind.EVENT, canvasPoint(200, 200), "Order Placed");
        StickyId aggregate = typeSticky(robot, StickyKind.AGGREGATE, canvasPoint(450, 200), "Order");
        robot.press(KeyCode.ALT);
        robot.drag(onScreen(event), MouseButton.PRIMARY).dropTo(onScreen(aggregate));
        robot.release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A Domain Event cannot point at an Aggregate. It can point at a Policy (triggers) or a Read Model (builds).",
                window.notices().messageProperty().get());
        assertTrue(((DomainEvent) board().get(event)).content().frontMatter().size() == 3, "nothing was written");
    }

    @Test
    void editInTheInspector(FxRobot robot) {
        StickyId event = typeSticky(robot, StickyKind.EVENT, canvasPoint(300, 250), "Order Placed");
        robot.clickOn(onScreen(event));
        TextField timestamp = robot.lookup("#field-timestamp").queryAs(TextField.class);
        robot.clickOn(timestamp).write("when checkout completes").press(KeyCode.ENTER).release(KeyCode.ENTER);
        TextField addItem = robot.lookup("#field-data-carried .add-item").queryAs(TextField.class);
        scrollIntoView(robot, addItem);
        robot.clickOn(addItem).write("Order ID").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        DomainEvent edited = (DomainEvent) board().get(event);
        assertEquals(Optional.of("when checkout completes"), edited.timestamp());
        assertEquals(List.of("Order ID"), edited.dataCarried());
        TextField name = robot.lookup("#field-name").queryAs(TextField.class);
        scrollIntoView(robot, name);
        robot.doubleClickOn(name);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Order Submitted").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(StickyId.parse("events/order-submitted").orElseThrow()), board().named(StickyKind.EVENT, "Order Submitted"),
                "renaming in the inspector moves the sticky to its new id");
    }

    @Test
    void undoEverythingGivesBackTheOriginalBoard(FxRobot robot) {
        BoardSnapshot original = board().snapshot();
        buildChain(robot);
        robot.clickOn(onScreen(board().named(StickyKind.EVENT, "Order Placed").get(0)));
        robot.drag(onScreen(board().named(StickyKind.EVENT, "Order Placed").get(0)), MouseButton.PRIMARY).dropBy(60, 90);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(original.equals(board().snapshot()));
        int undone = 0;
        while (board().canUndo()) {
            shortcut(robot, KeyCode.Z);
            undone++;
        }
        assertEquals(original, board().snapshot());
        assertEquals(10, undone, "five stickies, four links, one move: ten undo steps");
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(1, board().size(), "redo brings back the first sticky");
    }

    @Test
    void saveReopenAndCompare(FxRobot robot) throws Exception {
        buildChain(robot);
        Path folder = temp.resolve("shop");
        robot.interact(() -> assertTrue(window.saveInto(folder)));
        BoardSnapshot saved = board().snapshot();
        BoardDocument reopened = documents().open(folder);
        assertEquals(saved, reopened.board().snapshot());
        assertTrue(reopened.fileProblems().isEmpty(), reopened.fileProblems().toString());

        robot.clickOn(onScreen(board().named(StickyKind.ACTOR, "Customer").get(0)));
        robot.drag(onScreen(board().named(StickyKind.ACTOR, "Customer").get(0)), MouseButton.PRIMARY).dropBy(0, 120);
        shortcut(robot, KeyCode.S);
        assertFalse(window.document().isDirty());
        assertEquals(board().snapshot(), documents().open(folder).board().snapshot());
        assertEquals("Saved 1 file", window.notices().messageProperty().get(), "a move rewrites board.yaml only");
    }

    @Test
    void copyPasteAndDuplicate(FxRobot robot) {
        StickyId event = typeSticky(robot, StickyKind.EVENT, canvasPoint(300, 250), "Order Placed");
        robot.clickOn(onScreen(event));
        shortcut(robot, KeyCode.C);
        shortcut(robot, KeyCode.V);
        assertEquals(2, board().size());
        assertEquals(1, board().named(StickyKind.EVENT, "Order Placed 2").size(), "a pasted name that is taken gets a number");
        shortcut(robot, KeyCode.D);
        assertEquals(3, board().size());
        assertEquals(1, window.canvasModel().selection().size(), "the duplicate is selected");
    }

    static Point2D offset(Point2D point, double dx, double dy) {
        return point.add(dx, dy);
    }
}
