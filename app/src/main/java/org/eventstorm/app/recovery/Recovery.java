package org.eventstorm.app.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.file.AtomicFiles;
import org.eventstorm.model.file.BoardReader;

/**
 * Puts a journal's edits back: the board's files as on disk with the journal's files over them, read as any board
 * is read, so what comes back is exactly what the save would have written.
 */
public final class Recovery {
    private Recovery() {
    }

    /** Gives an opened board the journal's edits; they are unsaved edits again, for the person to save. */
    public static void restore(BoardDocument document, RecoveryJournal journal) throws IOException {
        BoardSnapshot recovered = recovered(document.folder().orElse(null), journal);
        document.board().replaceAll(recovered, "Recover unsaved edits");
    }

    /** The board a journal of a never-saved board holds. */
    public static BoardSnapshot untitled(RecoveryJournal journal) throws IOException {
        return recovered(null, journal);
    }

    /** The board the journal gives back: {@code folder}'s files as on disk now (none for null), the journal's over them. */
    public static BoardSnapshot recovered(Path folder, RecoveryJournal journal) throws IOException {
        Path scratch = Files.createTempDirectory("eventstorm-recovery");
        try {
            if (folder != null) {
                copyBoard(folder, scratch);
            }
            for (Map.Entry<String, String> file : journal.files().entrySet()) {
                // A journal is a file anyone could have put beside the board: its paths stay inside the copy, a link
                // copied from the board at a journal's path is replaced, and one on the way is refused, never followed.
                Path copy = inside(scratch, file.getKey());
                if (Files.isSymbolicLink(copy)) {
                    Files.delete(copy);
                }
                AtomicFiles.writeInside(scratch, file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            for (String path : journal.deleted()) {
                Files.deleteIfExists(inside(scratch, path));
            }
            return BoardReader.read(scratch).board().snapshot();
        } finally {
            deleteTree(scratch);
        }
    }

    /** A journal path, refused when it would reach outside the board (a journal is a file anyone could edit). */
    private static Path inside(Path root, String relative) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("the recovery journal names " + relative + ", which is outside the board; it was not used");
        }
        return target;
    }

    private static void copyBoard(Path folder, Path scratch) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(folder) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(scratch.resolve(folder.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // A link is copied as a link, so the board is read exactly as it is: a link is refused, never followed.
                Files.copy(file, scratch.resolve(folder.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
