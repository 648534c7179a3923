package org.eventstorm.render;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * The one folder of the home folder the tool writes to: {@code $XDG_CACHE_HOME/eventstorm}, else
 * {@code ~/.cache/eventstorm}. It holds copies the tool can always make again (the Graphviz engine's native library).
 * It is used only when it is a real folder (not a link), owned by this user and writable by nobody else: a folder
 * that another user could write would let them swap what is loaded from it.
 */
public final class CacheFolder {
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    /** Read once: {@link JdkFontCache} changes {@code user.home} for a moment while the JDK reads its font configuration. */
    private static final Path THIS_USER = of(System.getenv(), System.getProperty("user.home"));

    private CacheFolder() {
    }

    /** The cache folder for this environment and user home, not yet created. */
    public static Path of(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_CACHE_HOME");
        // The XDG specification ignores a relative value: it would depend on the folder the tool runs in.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("eventstorm");
    }

    /** The cache folder of this process's user. */
    public static Path ofThisUser() {
        return THIS_USER;
    }

    /**
     * {@code folder}, created private if it is not there.
     *
     * @throws IOException when it cannot be made, or is a link, not a folder, another user's, or writable by others
     */
    public static Path ensurePrivate(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectories(folder.getParent());
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectory(folder);
            } catch (FileAlreadyExistsException raced) {
                // Another process made it a moment ago (checked below like any other), or a file is in the way.
                if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("the cache folder " + folder + " cannot be made: " + raced.getFile() + " is in the way", raced);
                }
            } catch (IOException e) {
                throw new IOException("the cache folder " + folder + " cannot be made (" + e.getMessage() + ")", e);
            }
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(folder + ": is not a folder (or is a link); remove it, it is made again");
        }
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            PosixFileAttributes attributes = view.readAttributes();
            String me = System.getProperty("user.name");
            if (!attributes.owner().getName().equals(me)) {
                throw new IOException(folder + ": belongs to " + attributes.owner().getName() + ", not to " + me
                        + "; remove it, it is made again");
            }
            Set<PosixFilePermission> permissions = attributes.permissions();
            if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new IOException(folder + ": can be written by other users; run chmod go-w on it");
            }
        }
        return folder;
    }
}
