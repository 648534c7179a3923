package org.eventstorm.model.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A board's folder. Every path the tool reads or writes in a board is resolved here, and a path that would
 * leave the folder (by {@code ..}, an absolute name, or a symbolic link) is refused.
 */
final class BoardFolder {
    private final Path root;

    BoardFolder(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    Path root() {
        return root;
    }

    /** The file at {@code relative} ({@code events/order-placed.md}), refused if it would lie outside the board. */
    Path resolve(String relative) throws IOException {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IOException(relative + " is outside the board folder; refusing to touch it");
        }
        Path parent = path.getParent();
        if (Files.exists(parent) && !parent.toRealPath().startsWith(root)) {
            throw new IOException(relative + " lies in a folder that links outside the board; refusing to touch it");
        }
        if (Files.isSymbolicLink(path)) {
            throw new IOException(relative + " is a symbolic link; refusing to write through it");
        }
        return path;
    }

    /** The path of {@code file} relative to the board, with {@code /} separators, for messages. */
    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    static boolean isRegularFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
