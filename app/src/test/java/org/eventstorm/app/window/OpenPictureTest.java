package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventstorm.app.clipboard.PictureClipboard;
import org.eventstorm.app.desktop.DesktopBridge;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.picture.PictureExporter;
import org.eventstorm.model.file.BoardArchive;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Open Packed Board or Picture: the board's own picture opens as the board, in a window of its own; Edit > Copy
 * Board as Picture puts a picture that carries the board on the clipboard.
 */
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
    void theBoardCopiedAsAPictureCarriesTheBoard(FxRobot robot) throws IOException {
        shortcut(robot, KeyCode.SHIFT, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        Object[] copied = new Object[2];
        robot.interact(() -> {
            copied[0] = Clipboard.getSystemClipboard().getContent(PictureClipboard.SVG);
            copied[1] = Clipboard.getSystemClipboard().getImage();
        });
        assertTrue(copied[0] instanceof String, "the SVG is on the clipboard");
        assertTrue(copied[1] != null && ((javafx.scene.image.Image) copied[1]).getWidth() > 500, "and the image");
        Path pasted = Files.createTempDirectory(temp, "pasted").resolve("from-slides.svg");
        Files.writeString(pasted, (String) copied[0]);
        BoardArchive.unpack(pasted, pasted.resolveSibling("board"));
        assertEquals(BoardFolders.contents(window.document().folder().orElseThrow()), BoardFolders.contents(pasted.resolveSibling("board")));
        assertTrue(window.notices().messageProperty().get().startsWith("Copied the board as a picture"), window.notices().messageProperty().get());
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
