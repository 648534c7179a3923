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

    /** A path the tool will not touch because it leads outside the board. */
    static final class RefusedPath extends IOException {
        private final String reason;

        RefusedPath(String relative, String reason) {
            super(relative + " " + reason + "; refusing to touch it");
            this.reason = reason;
        }

        /** Why, without the path: "is a symbolic link". */
        String reason() {
            return reason;
        }
    }

    /** The file at {@code relative} ({@code events/order-placed.md}), refused if it would lie outside the board. */
    Path resolve(String relative) throws IOException {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new RefusedPath(relative, "is outside the board folder");
        }
        Path parent = path.getParent();
        if (Files.exists(parent) && !parent.toRealPath().startsWith(root)) {
            throw new RefusedPath(relative, "lies in a folder that links outside the board (replace the link with a real folder)");
        }
        if (Files.isSymbolicLink(path)) {
            throw new RefusedPath(relative, "is a symbolic link (replace it with a plain file)");
        }
        return path;
    }

    /**
     * The file at {@code relative}, as {@link #resolve}, with the folders it lies in made where missing, one by one and
     * never through a link: a link planted where a folder is to be made is refused, not followed.
     */
    Path forWriting(String relative) throws IOException {
        Path path = resolve(relative);
        Path current = root;
        for (Path segment : root.relativize(path.getParent() == null ? root : path.getParent())) {
            if (segment.toString().isEmpty()) {
                continue;
            }
            current = current.resolve(segment.toString());
            if (Files.isSymbolicLink(current)) {
                throw new RefusedPath(relative, "lies in a folder that is a link (replace the link with a real folder)");
            }
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(current);
            }
        }
        return path;
    }

    /** The path of {@code file} relative to the board, with {@code /} separators, for messages. */
    String relative(Path file) {
        StringBuilder relative = new StringBuilder();
        for (Path name : root.relativize(file)) {
            relative.append(relative.isEmpty() ? "" : "/").append(name);
        }
        return relative.toString();
    }

    static boolean isRegularFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
