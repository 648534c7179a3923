package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.eventstorm.app.canvas.Minimap;
import org.eventstorm.app.desktop.DesktopBridge;
import org.eventstorm.app.problems.ProblemRow;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a facilitator's trial of the app found broken, each driven as they drove it. */
class TrialFindingsTest extends WindowTest {
    @TempDir
    static Path temp;
    private final FakeDesktop desktop = new FakeDesktop();
    private DesktopBridge original;

    @Start
    void start(Stage stage) {
        original = windows().desktop();
        windows().useDesktop(desktop);
        open(stage, documents().newEmpty());
    }

    @AfterEach
    void restoreDesktop() {
        windows().useDesktop(original);
    }

    private MainWindow openBoard(FxRobot robot, Path folder) {
        robot.interact(() -> {
            try {
                window.stage().close();
                window = windows().show(documents().open(folder));
                window.stage().setWidth(1600);
                window.stage().setHeight(1000);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        return window;
    }

    @Test
    void aNewBoardIsForABigPictureWorkshopFromEveryDoor(FxRobot robot) {
        assertEquals(Level.BIG_PICTURE, board().settings().level(), "File > New Board, as the welcome screen promises");
        shortcut(robot, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow second = windows().open().get(windows().open().size() - 1);
        assertEquals(Level.BIG_PICTURE, second.document().board().settings().level(), "Ctrl+N too");
        robot.interact(() -> second.stage().close());
    }

    @Test
    void theFindingsBoxFollowsAnEditMadeInTheInspectorWhileTheCursorStaysThere(FxRobot robot) {
        robot.interact(() -> window.document().apply(new EditSettings(board().settings().withLevel(Level.PROCESS))));
        StickyId command = typeSticky(robot, StickyKind.COMMAND, canvasPoint(400, 300), "Place Order");
        robot.clickOn(onScreen(command));
        WaitForAsyncUtils.waitForFxEvents();
        Node box = robot.lookup("#sticky-findings").query();
        assertTrue(box.isVisible() && text(box).contains("produces no event"), text(box));
        Node adding = robot.lookup("#field-produces-events .add-item").query();
        scrollIntoView(robot, adding);
        robot.clickOn(adding);
        robot.write("Order Placed");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Order Placed"), ((Command) board().get(command)).producesEvents());
        assertTrue(robot.lookup(".inspector").query().getScene().getFocusOwner() != null
                && window.canvas().getScene().getFocusOwner() != window.canvas(), "the cursor is still in the inspector");
        assertFalse(text(robot.lookup("#sticky-findings").query()).contains("produces no event"),
                "the fixed finding is gone from the box at once: " + text(robot.lookup("#sticky-findings").query()));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(org.eventstorm.app.theme.ThemeChoice.class)
    void aProblemsRowStaysReadableWhileTheCanvasFliesToItsSticky(org.eventstorm.app.theme.ThemeChoice theme, FxRobot robot) throws IOException {
        this.robot = robot;
        var chosen = windows().theme().choiceProperty().get();
        robot.interact(() -> windows().theme().choiceProperty().set(theme));
        try {
            openBoard(robot, copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "order")));
            javafx.scene.control.ListView<?> list = robot.lookup("#problems-list").queryListView();
            javafx.scene.control.ListCell<?> cell = robot.from(list).lookup(".list-cell").match(
                    (javafx.scene.control.ListCell<?> each) -> each.getItem() != null).query();
            int before = textPixels(robot, cell);
            assertTrue(before > 40, "the row's text is drawn: " + before);
            robot.clickOn(cell);
            StringBuilder seen = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                int now = textPixels(robot, cell);
                seen.append(now).append(' ');
                assertTrue(now > before / 2, theme + ": the row stays readable after the click, " + (i * 150) + " ms: " + before + " then " + seen);
                robot.sleep(150);
            }
        } finally {
            robot.interact(() -> windows().theme().choiceProperty().set(chosen));
        }
    }

    /** How many pixels of {@code node} stand out from its background (its most common brightness): its text. */
    private static int textPixels(FxRobot robot, javafx.scene.Node node) {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        var pixels = image[0].getPixelReader();
        int[] histogram = new int[21];
        for (int y = 0; y < image[0].getHeight(); y++) {
            for (int x = 0; x < image[0].getWidth(); x++) {
                histogram[(int) Math.round(pixels.getColor(x, y).getBrightness() * 20)]++;
            }
        }
        int background = 0;
        for (int i = 1; i < histogram.length; i++) {
            background = histogram[i] > histogram[background] ? i : background;
        }
        int standing = 0;
        for (int i = 0; i < histogram.length; i++) {
            standing += Math.abs(i - background) >= 7 ? histogram[i] : 0;
        }
        return standing;
    }

    @Test
    void aRedMessageGoesWhenThePersonMovesOn(FxRobot robot) {
        StickyId event = typeSticky(robot, StickyKind.EVENT, canvasPoint(400, 300), "Order Placed");
        robot.clickOn(canvasPoint(900, 600));
        shortcut(robot, KeyCode.SHIFT, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Select the stickies to draw first", window.notices().messageProperty().get());
        assertEquals("problem", window.notices().severityProperty().get());
        robot.clickOn(onScreen(event));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", window.notices().messageProperty().get(), "an unrelated click clears the old complaint");

        shortcut(robot, KeyCode.SHIFT, KeyCode.E);
        robot.clickOn(canvasPoint(900, 600));
        shortcut(robot, KeyCode.SHIFT, KeyCode.E);
        assertEquals("problem", window.notices().severityProperty().get());
        typeSticky(robot, StickyKind.EVENT, canvasPoint(700, 300), "Order Shipped");
        assertFalse(window.notices().severityProperty().get().equals("problem") && !window.notices().messageProperty().get().isEmpty(),
                "and so does an edit: " + window.notices().messageProperty().get());
    }

    @Test
    void everyInspectorFitsItsPanel(FxRobot robot) {
        openBoard(robot, copyOfSample("order-fulfillment", temp.resolve("fits")));
        ScrollPane inspector = robot.lookup(".inspector").query();
        for (StickyId id : board().ids()) {
            robot.interact(() -> window.canvasModel().select(id, false));
            WaitForAsyncUtils.waitForFxEvents();
            Region content = (Region) inspector.getContent();
            double room = inspector.getViewportBounds().getWidth();
            assertTrue(content.minWidth(-1) <= room + 0.5, id + ": the inspector needs " + content.minWidth(-1) + " px of " + room);
        }
        Node list = window.problems().list();
        Bounds panel = list.localToScreen(list.getLayoutBounds());
        for (Node cell : robot.from(list).lookup(".list-cell").queryAll()) {
            Bounds place = cell.localToScreen(cell.getLayoutBounds());
            assertTrue(place.getMaxX() <= panel.getMaxX() + 1, "a problem's row (its file, its Fix) is within the list, not behind a"
                    + " sideways scroll: " + place + " in " + panel);
        }
    }

    @Test
    void theVersionsTabMakesRoomForItsTable(FxRobot robot) {
        openBoard(robot, copyOfSample("user-registration", temp.resolve("versions")));
        StickyId registered = StickyId.parse("events/user-registered").orElseThrow();
        robot.interact(() -> window.canvasModel().select(registered, false));
        robot.clickOn("#tab-versions");
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(200);
        TableView<?> table = robot.lookup("#versions-table").queryTableView();
        assertTrue(table.getHeight() + 1 >= table.prefHeight(-1), "the table is not squeezed: " + table.getHeight());
        assertTrue(canvas().getHeight() > 300, "and the canvas keeps room: " + canvas().getHeight());
    }

    @Test
    void theMinimapNeverCoversASticky(FxRobot robot) {
        openBoard(robot, copyOfSample("order-fulfillment", temp.resolve("minimap")));
        Minimap minimap = window.minimap();
        int shown = 0;
        for (String name : List.of("Initiate Fulfillment", "Shipment Cancelled", "Product Catalog", "Payment Gateway", "Inventory Released")) {
            StickyId id = board().ids().stream().filter(each -> board().get(each).name().equals(name)).findFirst().orElseThrow();
            robot.interact(() -> window.canvasModel().flyTo(id));
            robot.sleep(700);
            WaitForAsyncUtils.waitForFxEvents();
            if (minimap.getOpacity() == 0) {
                continue;
            }
            shown++;
            Bounds map = minimap.localToScreen(minimap.getLayoutBounds());
            for (StickyId each : board().ids()) {
                Geometry place = board().geometry(each).orElseThrow();
                Point2D from = canvas().localToScreen(window.canvasModel().viewport().toScreen(place.x(), place.y()));
                Point2D to = canvas().localToScreen(window.canvasModel().viewport().toScreen(place.right(), place.bottom()));
                boolean under = from.getX() < map.getMaxX() && to.getX() > map.getMinX() && from.getY() < map.getMaxY() && to.getY() > map.getMinY();
                assertFalse(under, "the minimap covers " + each + " with " + name + " in the middle");
            }
        }
        assertTrue(shown >= 3, "it is there for most views, in a free corner: " + shown);
    }

    @Test
    void saveAsAsksForANewFolderByName(FxRobot robot) {
        typeSticky(robot, StickyKind.EVENT, canvasPoint(400, 300), "Order Placed");
        desktop.answer = temp.resolve("kick-off");
        shortcut(robot, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Save the board as a new folder"), desktop.titles, "a save dialog, whose button says Save");
        assertEquals(List.of("untitled-board"), desktop.suggestedNames);
        assertTrue(Files.exists(desktop.answer.resolve("board.yaml")));
        assertTrue(Files.exists(desktop.answer.resolve("events/order-placed.md")));
    }

    @Test
    void theEditMenuSaysWhatEachItemDoesAndShowsItsKey(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu edit = bar.getMenus().stream().filter(menu -> menu.getText().equals("Edit")).findFirst().orElseThrow();
        List<String> labels = edit.getItems().stream().map(MenuItem::getText).filter(text -> text != null).toList();
        assertTrue(labels.stream().noneMatch(label -> label.contains("(") || label.contains("  ")), labels.toString());
        MenuItem delete = edit.getItems().stream().filter(item -> "Delete".equals(item.getText())).findFirst().orElseThrow();
        assertEquals("Delete", delete.getAccelerator().getName(), "the key is shown where keys are shown");

        StickyId event = typeSticky(robot, StickyKind.EVENT, canvasPoint(400, 300), "Order Placed");
        shortcut(robot, KeyCode.Z);
        assertFalse(board().contains(event));
        shortcut(robot, KeyCode.Y);
        assertTrue(board().contains(event), "Ctrl+Y redoes, without a menu line of its own");

        robot.clickOn(onScreen(event));
        Node name = robot.lookup("#field-name").query();
        scrollIntoView(robot, name);
        robot.clickOn(name);
        robot.press(KeyCode.END).release(KeyCode.END);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(board().contains(event), "Delete in a text field deletes a letter, not the sticky");
        robot.clickOn(onScreen(event));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(board().contains(event), "on the canvas it deletes the sticky");
    }

    @Test
    void aBoardWithoutBoardYamlOpensCleanAndItsNoteGoesWithTheFirstSave(FxRobot robot) throws IOException {
        Path folder = temp.resolve("hand-written");
        Files.createDirectories(folder.resolve("events"));
        Files.writeString(folder.resolve("events/order-placed.md"), "---\ntype: event-storming-event\nname: Order Placed\n---\n");
        openBoard(robot, folder);
        assertFalse(window.document().isDirty(), "nothing the person wrote is unsaved");
        assertFalse(window.notices().severityProperty().get().equals("problem") && !window.notices().messageProperty().get().isEmpty(),
                "no red line for a board that opened fine: " + window.notices().messageProperty().get());
        List<ProblemRow> rows = window.problems().list().getItems().stream().filter(row -> row.fileProblem() != null).toList();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).message().startsWith("board.yaml is missing;"), "the note names its subject: " + rows.get(0).message());
        assertEquals("info", rows.get(0).severity().word());

        typeSticky(robot, StickyKind.EVENT, canvasPoint(700, 300), "Order Shipped");
        assertTrue(window.document().isDirty());
        shortcut(robot, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(folder.resolve("board.yaml")));
        assertFalse(window.document().isDirty());
        assertTrue(window.problems().list().getItems().stream().noneMatch(row -> row.fileProblem() != null),
                "the note is done with: " + window.problems().list().getItems());
    }

    private static String text(Node node) {
        StringBuilder all = new StringBuilder();
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            all.append(labeled.getText()).append(' ');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> all.append(text(child)));
        }
        return all.toString();
    }
}
