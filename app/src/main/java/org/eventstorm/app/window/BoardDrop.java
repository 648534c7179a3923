package org.eventstorm.app.window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.eventstorm.app.document.BoardLocation;

/**
 * A board dropped on a window opens: a board folder, its {@code board.yaml}, a {@code .storm} file or a picture of a
 * board ({@code board.svg}), each in a window of its own. Anything else dropped is not taken.
 */
final class BoardDrop {
    private BoardDrop() {
    }

    /** Lets {@code scene} take boards dropped on it and hand their folders to {@code open}. */
    static void install(Scene scene, Consumer<Path> open) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && !boards(event.getDragboard().getFiles()).isEmpty()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            List<Path> boards = event.getDragboard().hasFiles() ? boards(event.getDragboard().getFiles()) : List.of();
            boards.forEach(board -> open(board, open));
            event.setDropCompleted(!boards.isEmpty());
            event.consume();
        });
    }

    /** The boards among {@code files}. */
    static List<Path> boards(List<File> files) {
        return files.stream().map(File::toPath).filter(BoardLocation::isBoard).toList();
    }

    /** Opens the board {@code dropped} names (a packed board or a picture is unpacked beside itself first). */
    static void open(Path dropped, Consumer<Path> open) {
        try {
            open.accept(BoardLocation.folderOf(dropped));
        } catch (IOException e) {
            Windows.error("Could not open " + dropped.getFileName(), e.getMessage());
        }
    }
}
