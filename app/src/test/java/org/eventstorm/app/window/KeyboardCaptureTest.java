package org.eventstorm.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.Actor;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.Policy;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A facilitator captures a flow without the mouse: one key for the first sticky, Tab for each next one (created to
 * the right and linked), Enter to stop; arrows walk the flow, Shift and a kind's key fix a wrong colour; F1 lists it all.
 */
class KeyboardCaptureTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage, documents().newEmpty(Level.DESIGN));
    }

    private StickyId only(StickyKind kind, String name) {
        List<StickyId> found = board().named(kind, name);
        assertEquals(1, found.size(), kind + " " + name + " in " + board().stickies().keySet());
        return found.get(0);
    }

    private void tab(FxRobot robot) {
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tabTypesTheFlowsNextStickyLinkedToTheRight(FxRobot robot) {
        robot.clickOn(canvasPoint(200, 300));
        robot.press(KeyCode.U).release(KeyCode.U);
        robot.write("Customer");
        tab(robot);
        robot.write("Place Order");
        tab(robot);
        robot.write("Order Placed");
        tab(robot);
        robot.write("Reserve Inventory");
        tab(robot);
        robot.write("Reserve Stock").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(5, board().size(), board().stickies().keySet().toString());
        StickyId customer = only(StickyKind.ACTOR, "Customer");
        StickyId placeOrder = only(StickyKind.COMMAND, "Place Order");
        StickyId orderPlaced = only(StickyKind.EVENT, "Order Placed");
        StickyId policy = only(StickyKind.POLICY, "Reserve Inventory");
        StickyId reserve = only(StickyKind.COMMAND, "Reserve Stock");
        Command place = (Command) board().get(placeOrder);
        assertEquals(Optional.of("Customer"), place.actor(), "each new sticky is linked from the one before");
        assertEquals(List.of("Order Placed"), place.producesEvents());
        assertEquals(Optional.of("Order Placed"), ((Policy) board().get(policy)).triggerEvent());
        assertEquals(Optional.of("Reserve Stock"), ((Policy) board().get(policy)).issuesCommand());
        List<Integer> xs = List.of(customer, placeOrder, orderPlaced, policy, reserve).stream().map(
                id -> board().geometry(id).map(Geometry::x).orElseThrow()).toList();
        for (int i = 1; i < xs.size(); i++) {
            assertTrue(xs.get(i) > xs.get(i - 1), "each one to the right of the one before: " + xs);
        }
        assertEquals(reserve, window.canvasModel().focusedProperty().get(), "Enter stops with the last one selected");
        assertTrue(!canvas().isEditingText());

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(orderPlaced, window.canvasModel().focusedProperty().get(), "Left twice walks back along the flow");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(policy, window.canvasModel().focusedProperty().get());

        tab(robot);
        robot.write("Notify Warehouse").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, board().size(), "Escape drops the one being typed");
    }

    @Test
    void shiftAndAKindsKeyMakeTheSelectionThatKindAndUndoTakesItBack(FxRobot robot) {
        robot.clickOn(canvasPoint(300, 300));
        robot.press(KeyCode.E).release(KeyCode.E);
        robot.write("Approve Refund").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        StickyId event = only(StickyKind.EVENT, "Approve Refund");
        Geometry place = board().geometry(event).orElseThrow();
        robot.press(KeyCode.SHIFT).press(KeyCode.C).release(KeyCode.C).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        StickyId command = only(StickyKind.COMMAND, "Approve Refund");
        assertEquals(place, board().geometry(command).orElseThrow(), "it stays where it was");
        assertTrue(board().named(StickyKind.EVENT, "Approve Refund").isEmpty());
        assertEquals(command, window.canvasModel().focusedProperty().get(), "the selection follows");
        shortcut(robot, KeyCode.Z);
        assertEquals(event, only(StickyKind.EVENT, "Approve Refund"));
    }

    @Test
    void tabOnASelectedActorStartsItsCommandAndAHotspotEndsAChain(FxRobot robot) {
        robot.clickOn(canvasPoint(200, 300));
        robot.press(KeyCode.U).release(KeyCode.U);
        robot.write("Clerk").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        tab(robot);
        assertTrue(canvas().isEditingText(), "Tab on the selected actor types its command");
        robot.write("Open Till").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("Clerk"), ((Command) board().get(only(StickyKind.COMMAND, "Open Till"))).actor());
        assertTrue(board().get(only(StickyKind.ACTOR, "Clerk")) instanceof Actor);

        robot.clickOn(canvasPoint(200, 600));
        robot.press(KeyCode.H).release(KeyCode.H);
        robot.write("Who counts the till").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        tab(robot);
        assertTrue(!canvas().isEditingText());
        assertTrue(window.notices().messageProperty().get().startsWith("A hotspot ends a chain"));
    }

    @Test
    void f1ListsTheCanvasKeysAndEveryMenuShortcut(FxRobot robot) {
        robot.clickOn(canvasPoint(300, 300));
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node sheet = robot.lookup("#cheat-sheet").query();
        List<String> texts = robot.from(sheet).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(texts.contains("Tab"), texts.toString());
        assertTrue(texts.contains("Shift + E C A P H U R X N"), texts.toString());
        assertTrue(texts.contains("Save") && texts.contains("Ctrl+S"), "the menus' shortcuts are on it: " + texts);
        assertTrue(texts.contains("Keyboard Shortcuts") && texts.contains("F1"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#cheat-sheet").tryQuery().isEmpty(), "Escape closes it");
    }
}
