package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.eventstorm.app.desktop.DesktopBridge;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.picture.PictureExporter;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Open Packed Board or Picture: the board's own picture opens as the board, in a window of its own. */
class OpenPictureTest extends WindowTest {
    @TempDir
    static Path temp;

    private final FakeDesktop desktop = new FakeDesktop();
    private DesktopBridge original;
    private Path board;

    @Start
    void start(Stage stage) throws IOException {
        original = windows().desktop();
        windows().useDesktop(desktop);
        board = copyOfSample("user-registration", Files.createTempDirectory(temp, "board"));
        open(stage, documents().open(copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "other"))));
    }

    @AfterEach
    void restoreDesktop() {
        windows().useDesktop(original);
    }

    @Test
    void theBoardsPictureOpensAsTheBoardUnpackedBesideIt(FxRobot robot) throws IOException {
        Path out = Files.createTempDirectory(temp, "picture");
        new PictureExporter().export(ExportInput.of(BoardReader.read(board)), TargetFolder.at(out));
        Path picture = out.resolve("picture/board.svg");
        desktop.files = List.of(picture);
        int before = windows().open().size();
        clickMenu(robot, "File", "Open Packed Board or Picture\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Open a packed board or a picture of a board"), desktop.titles);
        assertEquals(before + 1, windows().open().size());
        MainWindow opened = windows().open().get(windows().open().size() - 1);
        assertEquals("User Registration", opened.document().board().settings().title());
        assertEquals(out.resolve("picture/board"), opened.document().folder().orElseThrow());
        assertEquals(BoardFolders.contents(board), BoardFolders.contents(out.resolve("picture/board")), "the board, byte for byte");
        robot.interact(() -> opened.stage().close());
    }

    @Test
    void onlyBoardsAreTakenWhenDropped() throws IOException {
        Path picture = Files.createTempDirectory(temp, "drop").resolve("board.svg");
        Files.writeString(picture, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path notes = picture.resolveSibling("notes.txt");
        Files.writeString(notes, "not a board");
        assertEquals(List.of(board, picture), BoardDrop.boards(List.of(board.toFile(), notes.toFile(), picture.toFile(), new File("/no/such/board"))));
        assertTrue(BoardDrop.boards(List.of(notes.toFile())).isEmpty());
    }
}
