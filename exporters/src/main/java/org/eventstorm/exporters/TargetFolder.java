package org.eventstorm.exporters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eventstorm.model.file.AtomicFiles;

/**
 * The one way exporters write: a folder and relative paths of safe segments inside it. A path with {@code ..}, a
 * separator in a segment, an absolute path, or a symbolic link that leads out of the folder is refused before
 * anything is written. Each file is written to a new temporary file (an unguessable name, created exclusively, no link
 * followed) and renamed over its name, so a reader never sees half a file and a link planted at a name is replaced
 * rather than written through.
 * Exports can be made again, so files are not forced to disk one by one (that would cost seconds for a large board).
 * Several exporters may write into one folder at once, each through its own {@link #share() share}.
 */
public final class TargetFolder {
    private final Path root;
    private final Path realRoot;
    private final List<String> written = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private final Set<Path> checkedFolders;
    private final TargetFolder whole;

    private TargetFolder(Path root, Path realRoot, Set<Path> checkedFolders, TargetFolder whole) {
        this.root = root;
        this.realRoot = realRoot;
        this.checkedFolders = checkedFolders;
        this.whole = whole;
    }

    /** The folder {@code root}, created if it does not exist. */
    public static TargetFolder at(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        return new TargetFolder(absolute, absolute.toRealPath(), ConcurrentHashMap.newKeySet(), null);
    }

    /**
     * The same folder for one of several exporters writing at once: its {@link #written()} lists that exporter's files,
     * and they are listed in this folder's too.
     */
    public TargetFolder share() {
        return new TargetFolder(root, realRoot, checkedFolders, whole == null ? this : whole);
    }

    public Path root() {
        return root;
    }

    /** The relative paths written so far, in the order they were written. */
    public List<String> written() {
        synchronized (written) {
            return List.copyOf(written);
        }
    }

    /**
     * Says what the export could not make and why ("no saga: ..."), for the person who asked for it: the command line
     * prints it beside the file count, the app shows it when the export is done.
     */
    public void note(String text) {
        notes.add(text);
    }

    /** The notes of this exporter's run, in the order given. */
    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    /** Writes a text file, UTF-8, without the board's invisible characters ({@link GeneratedText}). */
    public Path write(String relative, String text) throws IOException {
        return write(relative, GeneratedText.clean(relative, text).getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String relative, byte[] bytes) throws IOException {
        Path target = resolve(relative);
        createFolders(target.getParent(), relative);
        // A link at the file's name is replaced by the rename, never written through.
        AtomicFiles.writeUndurable(target, bytes);
        written.add(relative);
        if (whole != null) {
            whole.written.add(relative);
        }
        return target;
    }

    /** The file {@code relative} names inside this folder; refused when it would be anywhere else. */
    Path resolve(String relative) {
        if (relative.isEmpty() || relative.startsWith("/")) {
            throw new IllegalArgumentException("'" + relative + "' is not a relative path inside the export folder");
        }
        Path path = root;
        for (String segment : relative.split("/", -1)) {
            if (!SafeFileName.isSafeSegment(segment)) {
                throw new IllegalArgumentException("'" + relative + "' has an unsafe part '" + segment
                        + "'; exporters name files with SafeFileName.of");
            }
            path = path.resolve(segment);
        }
        Path normal = path.normalize();
        if (!normal.startsWith(root) || normal.equals(root)) {
            throw new IllegalArgumentException("'" + relative + "' is outside the export folder " + root);
        }
        return normal;
    }

    /** Creates the folders down to {@code folder} one by one, refusing a symbolic link on the way (it could lead out). */
    private Path createFolders(Path folder, String relative) throws IOException {
        if (checkedFolders.contains(folder)) {
            return folder;
        }
        Path current = root;
        for (Path segment : folder.equals(root) ? List.<Path>of() : root.relativize(folder)) {
            current = current.resolve(segment.toString());
            if (Files.isSymbolicLink(current)) {
                throw new IOException(relative + ": " + root.relativize(current) + " is a symbolic link in the export folder"
                        + " (it could lead out of it); remove it and export again");
            }
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(current);
                } catch (FileAlreadyExistsException e) {
                    // Another exporter made it a moment ago; a symbolic link in its place is refused below.
                    if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                        throw e;
                    }
                }
            }
        }
        if (!current.toRealPath().startsWith(realRoot)) {
            throw new IOException(relative + ": leads out of the export folder; export again into a plain folder");
        }
        checkedFolders.add(folder);
        return current;
    }
}
