package org.eventstorm.model.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a file so that a crash at any moment leaves either its old or its new content, and so that nothing planted
 * in the folder can redirect the write. The bytes go to a new temporary file in the same folder, under a name nobody
 * can guess, created exclusively and without following links (a link or file already at that name makes another
 * name be drawn, never a write through it); they are forced to disk; the temporary file is renamed over the target,
 * which replaces a link at the target rather than writing where it points; then the folder itself is forced, so the
 * rename survives a power cut. Exports, which can be made again, skip the forcing ({@link #writeUndurable}).
 *
 * <p>The caller has checked the folder: it exists and is reached without a link (see {@link BoardFolder}).
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically and durably. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, true);
    }

    /** Writes {@code bytes} to {@code target} atomically, without forcing it to disk: for files that can be made again. */
    public static void writeUndurable(Path target, byte[] bytes) throws IOException {
        write(target, bytes, false);
    }

    /**
     * Writes {@code bytes} durably to the file {@code relative} names inside {@code root}, making the folders on the way
     * where missing; refused when the path leaves {@code root} or passes a link.
     */
    public static void writeInside(Path root, String relative, byte[] bytes) throws IOException {
        write(new BoardFolder(root).forWriting(relative), bytes, true);
    }

    private static void write(Path target, byte[] bytes, boolean durable) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = createTemp(folder, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                keepPermissions(target, temp);
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (durable) {
                    channel.force(true);
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            if (durable) {
                forceFolder(folder);
            }
        } catch (IOException e) {
            throw new IOException(target + ": could not be written (" + reason(e) + "); nothing was changed", e);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A new, empty file in {@code folder} named after {@code name} with 64 random bits, created by this call and no
     * other: {@code O_CREAT|O_EXCL|O_NOFOLLOW}.
     */
    static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path temp = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)).close();
                return temp;
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    /** Deletes a file and forces its folder, so the deletion survives a crash. */
    public static void delete(Path target) throws IOException {
        if (Files.deleteIfExists(target)) {
            forceFolder(target.toAbsolutePath().getParent());
        }
    }

    /** What went wrong, in words, without the path (the message names it already). */
    static String reason(IOException e) {
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? "an input or output error" : e.getMessage();
    }

    /** A rewritten file keeps its permissions; a new one is readable by all, writable by its owner. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS) : NEW_FILE;
        view.setPermissions(permissions);
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open or force a directory; the rename is still atomic there.
        }
    }
}
