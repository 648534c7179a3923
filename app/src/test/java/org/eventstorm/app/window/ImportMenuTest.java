package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventstorm.app.desktop.DesktopBridge;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.asyncapi.AsyncApiExporter;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Import > AsyncAPI Documents: another system's documents join the board as one undo step; a bad one changes nothing. */
class ImportMenuTest extends WindowTest {
    @TempDir
    static Path temp;

    private final FakeDesktop desktop = new FakeDesktop();
    private DesktopBridge original;

    @Start
    void start(Stage stage) throws IOException {
        original = windows().desktop();
        windows().useDesktop(desktop);
        Path board = copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"));
        open(stage, documents().open(board));
    }

    @AfterEach
    void restoreDesktop() {
        windows().useDesktop(original);
    }

    private static List<Path> documentsOf(String sample) throws IOException {
        Path out = Files.createTempDirectory(temp, "asyncapi");
        Board board = BoardReader.read(Path.of("../samples", sample)).board();
        new AsyncApiExporter().export(ExportInput.of(board), TargetFolder.at(out));
        try (Stream<Path> files = Files.list(out.resolve("asyncapi"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void anotherSystemsDocumentsJoinTheBoardAsOneUndoStep(FxRobot robot) throws IOException {
        desktop.files = documentsOf("user-registration");
        int before = board().size();
        int contexts = board().settings().contexts().size();
        clickMenu(robot, "File", "Import", "AsyncAPI Documents\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Import AsyncAPI documents into this board"), desktop.titles);
        assertTrue(board().size() > before, "stickies were added");
        assertFalse(board().named(StickyKind.EVENT, "User Registered").isEmpty());
        assertEquals(contexts + 3, board().settings().contexts().size(), board().settings().contexts().toString());
        assertTrue(window.notices().messageProperty().get().startsWith("Imported 3 AsyncAPI documents: added "), window.notices().messageProperty().get());
        shortcut(robot, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, board().size(), "one undo takes the whole import back");
        assertEquals(contexts, board().settings().contexts().size());
    }

    @Test
    void importingTheBoardsOwnDocumentsAddsNothingAndListsWhatItSkipped(FxRobot robot) throws IOException {
        desktop.files = documentsOf("order-fulfillment");
        int before = board().size();
        clickMenu(robot, "File", "Import", "AsyncAPI Documents\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, board().size());
        String report = robot.lookup("#import-report").queryAs(TextArea.class).getText();
        assertTrue(report.contains("skipped event Order Placed: already on the board (events/order-placed.md), kept as it is"), report);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void anEventCatalogFolderJoinsTheBoardAsOneUndoStep(FxRobot robot) throws IOException {
        Path out = Files.createTempDirectory(temp, "catalog");
        new org.eventstorm.exporters.eventcatalog.EventCatalogExporter().export(
                ExportInput.of(BoardReader.read(Path.of("../samples/user-registration")).board()),
                TargetFolder.at(out));
        desktop.answer = out;
        int before = board().size();
        clickMenu(robot, "File", "Import", "EventCatalog Folder\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Import an EventCatalog folder into this board"), desktop.titles);
        assertFalse(board().named(StickyKind.EVENT, "User Registered").isEmpty());
        assertTrue(window.notices().messageProperty().get().startsWith("Imported the EventCatalog " + out.getFileName() + ": added "),
                window.notices().messageProperty().get());
        shortcut(robot, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, board().size(), "one undo takes the whole import back");
    }

    @Test
    void aBadDocumentIsNamedAtItsLineAndChangesNothing(FxRobot robot) throws IOException {
        Path bad = Files.createTempDirectory(temp, "bad").resolve("billing.yaml");
        Files.writeString(bad, "asyncapi: 3.0.0\ninfo:\n  title: Billing\n  version: 1.0.0\nchannels:\n  paid:\n    messages:\n      Paid:\n"
                + "        $ref: 'https://example.invalid/paid.yaml'\n");
        desktop.files = List.of(bad);
        int before = board().size();
        clickMenu(robot, "File", "Import", "AsyncAPI Documents\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, board().size());
        String report = robot.lookup("#import-report").queryAs(TextArea.class).getText();
        assertEquals("billing.yaml:9: $ref 'https://example.invalid/paid.yaml' is a remote address; nothing is fetched from the network: put what it names"
                + " into the document or a file beside it", report);
        assertTrue(window.notices().messageProperty().get().startsWith("Nothing imported: billing.yaml:9: "), window.notices().messageProperty().get());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
