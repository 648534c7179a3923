package org.eventstorm.app.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventstorm.model.file.BoardArchive;

/**
 * The board a path names, as the desktop hands it over (a double-clicked file) or a person types it: a board folder,
 * a board's {@code board.yaml}, a {@code .storm} file or a picture of a board ({@code board.svg}, which carries the
 * board), which is unpacked beside itself into a new folder first.
 */
public final class BoardLocation {
    private BoardLocation() {
    }

    /** Whether {@code path} is something {@link #folderOf} can open. */
    public static boolean isBoard(Path path) {
        return Files.isDirectory(path) || isBoardYaml(path) || isArchive(path);
    }

    /**
     * The board folder for {@code path}.
     *
     * @throws IOException saying what {@code path} is and what to give instead, or why the archive was refused
     */
    public static Path folderOf(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return path;
        }
        if (isBoardYaml(path)) {
            return path.toAbsolutePath().getParent();
        }
        if (isArchive(path)) {
            Path target = BoardArchive.folderFor(path);
            for (int n = 2; Files.exists(target); n++) {
                target = BoardArchive.folderFor(path).resolveSibling(BoardArchive.folderFor(path).getFileName() + "-" + n);
            }
            BoardArchive.unpack(path, target);
            return target;
        }
        throw new IOException(path + ": is not a board; give the board folder, its board.yaml, a .storm file or a picture of a board (.svg)");
    }

    private static boolean isBoardYaml(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().equals("board.yaml");
    }

    private static boolean isArchive(Path path) {
        return BoardArchive.isPacked(path);
    }
}
