package org.eventstorm.model.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that a crash at any moment leaves either its old or its new content: the bytes go to a
 * temporary file in the same folder, are forced to disk, and the temporary file is renamed over the target;
 * then the folder itself is forced, so the rename survives a power cut.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes a file and forces its folder, so the deletion survives a crash. */
    public static void delete(Path target) throws IOException {
        if (Files.deleteIfExists(target)) {
            forceFolder(target.toAbsolutePath().getParent());
        }
    }

    /** A rewritten file keeps its permissions; a new one is readable by all, writable by its owner. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
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
