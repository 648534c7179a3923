package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.eventstorm.app.versions.VersionsViewModel;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.versioning.ConsumerDrivenContracts;
import org.eventstorm.model.versioning.EventVersions;
import org.eventstorm.model.versioning.ParallelVersions;
import org.eventstorm.model.versioning.SingleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The versions panel driven as an architect would: open it on an event with a right click, add a version, deprecate one
 * with a sunset date, compare two, edit a contract and make a strategy; saved as the person would write the files.
 */
class VersionsPanelTest extends WindowTest {
    private static final StickyId USER_REGISTERED = StickyId.parse("events/user-registered").orElseThrow();
    private static final StickyId WELCOME_SENT = StickyId.parse("events/welcome-email-sent").orElseThrow();
    private static final DefinitionId PARALLEL = DefinitionId.of(DefinitionKind.STRATEGY, "user-registered-strategy");
    private static final DefinitionId CONTRACTS = DefinitionId.of(DefinitionKind.STRATEGY, "user-registered-contracts-strategy");

    @TempDir
    static Path temp;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        folder = copyOfSample("user-registration", Files.createTempDirectory(temp, "board"));
        open(stage, documents().open(folder));
    }

    private DomainEvent event(StickyId id) {
        return (DomainEvent) board().get(id);
    }

    @SuppressWarnings("unchecked")
    private TableView<VersionsViewModel.VersionRow> versionsTable(FxRobot robot) {
        return robot.lookup("#versions-table").queryAs(TableView.class);
    }

    private void openOn(FxRobot robot, StickyId event) {
        robot.clickOn(onScreen(event), MouseButton.SECONDARY);
        robot.clickOn(centreOf(showing(robot, "Versions of This Event")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickVersionRow(FxRobot robot, String version) {
        Node row = robot.lookup("#versions-table .table-row-cell").match(
                (TableRow<VersionsViewModel.VersionRow> cell) -> cell.getItem() != null && cell.getItem().version().version().equals(version)).query();
        robot.clickOn(row);
    }

    @Test
    void theEventsVersionsShowTheirCompatibilityAndANewOneIsAddedDeprecatedAndSaved(FxRobot robot) throws IOException {
        openOn(robot, USER_REGISTERED);
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertEquals("Versions", tabs.getSelectionModel().getSelectedItem().getText());
        TableView<VersionsViewModel.VersionRow> table = versionsTable(robot);
        assertEquals(List.of("v1", "v2", "v3"), table.getItems().stream().map(row -> row.version().version()).toList());
        assertEquals("BREAKING", table.getItems().get(1).sincePrevious().orElseThrow().compatibility().name(), "v2 split name in two");
        assertEquals("FULL", table.getItems().get(2).sincePrevious().orElseThrow().compatibility().name(), "v3 added an optional field");
        assertTrue(robot.lookup(".compatibility-breaking").tryQuery().isPresent(), "the breaking change is shown as such");

        robot.clickOn("#versions-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("v1", "v2", "v3", "v4"), EventVersions.of(event(USER_REGISTERED)).stream().map(EventVersion::version).toList());
        assertEquals("v4", table.getSelectionModel().getSelectedItem().version().version(), "the new version is chosen");
        assertTrue(window.notices().messageProperty().get().startsWith("Added v4 of 'User Registered' in beta"));

        clickVersionRow(robot, "v2");
        DatePicker sunset = robot.lookup("#versions-sunset").queryAs(DatePicker.class);
        assertEquals(LocalDate.of(2027, 6, 1), sunset.getValue(), "six months from today is offered");
        robot.doubleClickOn(sunset.getEditor());
        shortcut(robot, KeyCode.A);
        robot.write("2027-12-31").type(KeyCode.ENTER);
        robot.clickOn("#versions-deprecate");
        WaitForAsyncUtils.waitForFxEvents();
        EventVersion v2 = EventVersions.find(event(USER_REGISTERED), "v2").orElseThrow();
        assertEquals(List.of("deprecated", "2027-12-31"), List.of(v2.status(), v2.sunsetDate()));
        assertEquals("2027-12-31", ((ParallelVersions) board().definition(PARALLEL).orElseThrow()).version("v2").orElseThrow().sunsetDate(),
                "the parallel-versions strategy follows");

        shortcut(robot, KeyCode.S);
        String strategy = Files.readString(folder.resolve("versioning/user-registered-strategy.yml"));
        assertTrue(strategy.contains("  v2:\n    topic: user.registered.v2\n    schema: schemas/user-registered.v2.avro\n    status: deprecated\n"
                + "    sunset_date: 2027-12-31\n"), strategy);
        assertTrue(strategy.contains("mode: dual  # Publish to both v2 and v3 during migration"), "the person's comment stays:\n" + strategy);
        String eventFile = Files.readString(folder.resolve("events/user-registered.md"));
        assertTrue(eventFile.contains("  - version: v4\n    status: beta\n    schema:\n"), eventFile);

        shortcut(robot, KeyCode.Z);
        assertEquals("current", EventVersions.find(event(USER_REGISTERED), "v2").orElseThrow().status(), "one undo takes the deprecation back");
        assertEquals("current", ((ParallelVersions) board().definition(PARALLEL).orElseThrow()).version("v2").orElseThrow().status());
    }

    @Test
    void twoVersionsAreComparedAndTheDifferencesListed(FxRobot robot) {
        openOn(robot, USER_REGISTERED);
        robot.clickOn("#versions-tab-compare");
        @SuppressWarnings("unchecked")
        ComboBox<String> from = robot.lookup("#versions-from").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> to = robot.lookup("#versions-to").queryAs(ComboBox.class);
        assertEquals(List.of("v2", "v3"), List.of(from.getValue(), to.getValue()), "the newest two are compared first");
        assertEquals("FULL", robot.lookup("#versions-compatibility").queryAs(Label.class).getText());
        robot.clickOn(from);
        robot.clickOn((Node) robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> cell) -> "v1".equals(cell.getItem())).query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("BREAKING", robot.lookup("#versions-compatibility").queryAs(Label.class).getText());
        ListView<?> changes = robot.lookup("#versions-changes").queryAs(ListView.class);
        assertTrue(changes.getItems().stream().anyMatch(item -> item.toString().contains("name")), changes.getItems().toString());
        assertTrue(robot.lookup("#versions-compatibility-text").queryAs(Label.class).getText().startsWith("Consumers break"));
    }

    @Test
    void aContractIsAddedAndEditedInItsFormAndANewStrategyIsMadeForAnotherEvent(FxRobot robot) throws IOException {
        openOn(robot, USER_REGISTERED);
        robot.clickOn("#versions-tab-strategies");
        assertEquals(3, robot.lookup(".strategy-chip").queryAll().size(), "one chip per strategy about the event");
        robot.clickOn("#strategy-chip-user-registered-contracts-strategy");
        WaitForAsyncUtils.waitForFxEvents();

        scrollIntoView(robot, robot.lookup("#strategy-contracts-add").query());
        robot.clickOn("#strategy-contracts-add");
        WaitForAsyncUtils.waitForFxEvents();
        ConsumerDrivenContracts strategy = (ConsumerDrivenContracts) board().definition(CONTRACTS).orElseThrow();
        assertEquals(3, strategy.contracts().size());
        assertEquals("consumer-3", strategy.contracts().get(2).consumer());

        Node cell = robot.lookup("#strategy-contracts-table .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> candidate) -> "consumer-3".equals(candidate.getItem())).query();
        scrollIntoView(robot, cell);
        robot.doubleClickOn(cell);
        shortcut(robot, KeyCode.A);
        robot.write("billing-service").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Node requires = robot.lookup("#strategy-contracts-table .table-row-cell").match((TableRow<?> row) -> row.getIndex() == 2).lookup(".table-cell").nth(
                2).query();
        robot.doubleClickOn(requires);
        robot.write("userId, email").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        strategy = (ConsumerDrivenContracts) board().definition(CONTRACTS).orElseThrow();
        assertEquals("billing-service", strategy.contracts().get(2).consumer());
        assertEquals(List.of("userId", "email"), strategy.contracts().get(2).requiredFields());

        scrollIntoView(robot, robot.lookup("#strategy-break-build").query());
        robot.clickOn("#strategy-break-build");
        WaitForAsyncUtils.waitForFxEvents();
        strategy = (ConsumerDrivenContracts) board().definition(CONTRACTS).orElseThrow();
        assertEquals(false, strategy.contractValidation().breakBuildOnViolation(), "the check box and the contract both count");
        assertEquals(3, strategy.contracts().size(), "the second change in the same form keeps the first");

        shortcut(robot, KeyCode.S);
        String text = Files.readString(folder.resolve(CONTRACTS.path()));
        assertTrue(text.startsWith("# specs/002-user-management/versioning/user-registered-contracts-strategy.yml\n"), text);
        assertTrue(text.contains("  - consumer: billing-service\n"), text);
        assertTrue(text.contains("break_build_on_violation: false"), text);

        robot.interact(() -> window.showVersions(WELCOME_SENT));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, robot.lookup(".strategy-chip").queryAll().size());
        robot.clickOn("#versions-new-strategy");
        robot.clickOn(centreOf(showing(robot, "Single writer (one canonical version, transformed per consumer)")));
        WaitForAsyncUtils.waitForFxEvents();
        DefinitionId made = DefinitionId.of(DefinitionKind.STRATEGY, "welcome-email-sent-single-writer-strategy");
        SingleWriter single = (SingleWriter) board().definition(made).orElseThrow();
        assertEquals("v1", single.canonicalVersion());
        assertEquals(1, robot.lookup(".strategy-chip").queryAll().size());
        assertTrue(robot.lookup("#strategy-canonical").tryQuery().isPresent(), "the new strategy's form is shown");
    }
}
