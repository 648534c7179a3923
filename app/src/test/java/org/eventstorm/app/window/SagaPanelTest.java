package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.eventstorm.app.problems.ProblemRow;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.sticky.StickyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A saga made from an event with a right click, shown with its chain lit, saved as the feature spec's DSL, undone. */
class SagaPanelTest extends WindowTest {
    private static final StickyId ORDER_PLACED = StickyId.parse("events/order-placed").orElseThrow();
    private static final DefinitionId SAGA = DefinitionId.of(DefinitionKind.SAGA, "order-fulfillment-saga");

    @TempDir
    static Path temp;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        folder = copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        Files.delete(folder.resolve("sagas/order-fulfillment-saga.yml"));
        open(stage, documents().open(folder));
    }

    @Test
    void aRightClickOnAnEventMakesItsSagaAndLightsItsChain(FxRobot robot) throws IOException {
        robot.clickOn(onScreen(ORDER_PLACED), MouseButton.SECONDARY);
        robot.clickOn(centreOf(showing(robot, "Create Saga from This Event")));
        WaitForAsyncUtils.waitForFxEvents();
        Saga saga = (Saga) board().definition(SAGA).orElseThrow();
        assertEquals("OrderFulfillmentSaga", saga.name());
        assertEquals(4, saga.steps().size());
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertEquals("Sagas", tabs.getSelectionModel().getSelectedItem().getText(), "the saga panel opens on it");
        ListView<?> steps = robot.lookup("#saga-steps").queryAs(ListView.class);
        assertEquals(4, steps.getItems().size());
        assertTrue(
                steps.getItems().get(1).toString().startsWith("2. authorize-payment  \u2192  AuthorizePayment @ payment-service\n      10s, 2 attempts linear"),
                steps.getItems().get(1).toString());
        assertTrue(robot.lookup("#saga-state-machine").queryTextInputControl().getText().contains("[Compensate: Cancel + Refund + Release]"));
        for (String id : List.of("policies/reserve-inventory", "commands/authorize-payment", "events/order-shipped", "commands/refund-payment")) {
            assertTrue(window.canvasModel().highlighted().contains(StickyId.parse(id).orElseThrow()), id + " is lit as part of the chain");
        }
        assertTrue(window.notices().messageProperty().get().startsWith("Created OrderFulfillmentSaga from 'Order Placed': 4 steps"));

        shortcut(robot, KeyCode.S);
        assertEquals(Files.readString(Path.of("../model/src/test/resources/seeds/order-fulfillment-saga.yml")),
                Files.readString(folder.resolve("sagas/order-fulfillment-saga.yml")), "saved as the feature spec's saga, to the byte");

        shortcut(robot, KeyCode.Z);
        assertTrue(board().definitions().isEmpty(), "one undo takes the saga away");
        assertTrue(window.canvasModel().highlighted().isEmpty());
    }

    @Test
    void theKeyboardMakesOneFromTheSelectedEventAndAProblemWithItOpensThePanel(FxRobot robot) {
        robot.clickOn(onScreen(ORDER_PLACED));
        shortcut(robot, KeyCode.G);
        assertTrue(board().definition(SAGA).isPresent());
        robot.interact(() -> window.canvasModel().selectOnly(List.of(StickyId.parse("commands/confirm-order").orElseThrow())));
        robot.interact(() -> window.canvasModel().deleteSelection());
        robot.interact(() -> window.toggle(window.problems()));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> problems = robot.lookup("#problems-list").queryAs(ListView.class);
        int index = -1;
        for (int i = 0; i < problems.getItems().size(); i++) {
            if (((ProblemRow) problems.getItems().get(i)).message().contains("names the command 'ConfirmOrder'")) {
                index = i;
            }
        }
        assertTrue(index >= 0, problems.getItems().toString());
        int row = index;
        robot.interact(() -> problems.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((javafx.scene.Node) robot.lookup(".list-cell").match(
                (javafx.scene.control.ListCell<?> cell) -> cell.getItem() == problems.getItems().get(row)).query());
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertEquals("Sagas", tabs.getSelectionModel().getSelectedItem().getText());
        ListView<?> findings = robot.lookup("#saga-findings").queryAs(ListView.class);
        assertTrue(findings.getItems().toString().contains("sagas/order-fulfillment-saga.yml:"), findings.getItems().toString());
    }
}
