package org.eventstorm.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.eventstorm.model.file.BoardArchive;
import org.eventstorm.model.file.BoardInPicture;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;

/**
 * The BOARD argument of a command, in every form {@code open} takes: a board folder, its {@code board.yaml}, or a
 * {@code .storm} file. A {@code .storm} file is unpacked into a private temporary folder (removed by {@link #close}),
 * never beside it, and its files are named in messages as entries of the archive ({@code gift.storm/events/x.md:3}).
 */
final class BoardArgument implements AutoCloseable {
    private final Path given;
    private final Path folder;
    private final Path shownAs;
    private final Path scratch;

    private BoardArgument(Path given, Path folder, Path shownAs, Path scratch) {
        this.given = given;
        this.folder = folder;
        this.shownAs = shownAs;
        this.scratch = scratch;
    }

    /**
     * The board {@code given} names; empty, after one {@code path: error: ...} line on {@code err}, when it names none
     * or its archive is refused.
     */
    static Optional<BoardArgument> of(Path given, PrintWriter err) {
        try {
            if (Files.isDirectory(given)) {
                return Optional.of(new BoardArgument(given, given, given, null));
            }
            if (Files.isRegularFile(given) && given.getFileName().toString().equals("board.yaml")) {
                Path parent = given.getParent() == null ? Path.of(".") : given.getParent();
                return Optional.of(new BoardArgument(given, parent, parent, null));
            }
            if (isArchive(given)) {
                Path scratch = Files.createTempDirectory("eventstorm-");
                try {
                    Path folder = scratch.resolve("board");
                    BoardArchive.unpack(given, folder);
                    return Optional.of(new BoardArgument(given, folder, given, scratch));
                } catch (IOException e) {
                    deleteTree(scratch);
                    throw e;
                }
            }
        } catch (IOException e) {
            err.println(e.getMessage().startsWith(given.toString()) ? e.getMessage() : given + ": error: " + e.getMessage());
            return Optional.empty();
        }
        String what = Files.exists(given, LinkOption.NOFOLLOW_LINKS) ? "is not a board" : "does not exist";
        err.println(given + ": error: " + what + "; give the board folder, its board.yaml or a .storm file");
        return Optional.empty();
    }

    /** A .storm file, or a picture of a board ({@code board.svg}) that carries one. */
    static boolean isArchive(Path path) {
        return BoardArchive.isPacked(path);
    }

    /** The board as read; empty (after a {@code path: error: ...} line on {@code err}) when it cannot be read at all. */
    Optional<LoadedBoard> read(PrintWriter err) {
        try {
            return Optional.of(BoardReader.read(folder));
        } catch (IOException e) {
            err.println(shownAs + ": error: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Where the board's files are: the folder, or the temporary folder an archive was unpacked into. */
    Path folder() {
        return folder;
    }

    /** What the board's files are named under in messages: the folder as given, or the archive. */
    Path shownAs() {
        return shownAs;
    }

    /** {@code message} with the board's files named as the person named the board, not by where they were read. */
    String named(String message) {
        String shown = shownAs.toString();
        String text = message;
        try {
            text = text.replace(folder.toRealPath().toString(), shown);
        } catch (IOException e) {
            // The folder is gone; its absolute name below still applies.
        }
        return text.replace(folder.toAbsolutePath().normalize().toString(), shown);
    }

    /** Whether the board came in a {@code .storm} file. */
    boolean isArchive() {
        return scratch != null;
    }

    /** Packs the (changed) board back into the archive it came in, replacing it atomically. */
    void repack() throws IOException {
        if (BoardInPicture.isPicture(given)) {
            throw new IOException(given + ": is a picture of the board, which is not rewritten; unpack it (eventstorm unpack " + given.getFileName()
                    + ") and change the folder");
        }
        BoardArchive.pack(folder, given);
    }

    @Override
    public void close() {
        if (scratch != null) {
            try {
                deleteTree(scratch);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
