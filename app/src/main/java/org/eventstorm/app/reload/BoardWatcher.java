package org.eventstorm.app.reload;

import java.io.File;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;

/**
 * Watches a board folder for changes made by other programs. On the first change it says so at once (so nothing
 * is saved over it meanwhile); once the folder has been quiet for a moment it asks whether the changed files are
 * only the app's own saves, and if not reads the board again, off the FX thread, and hands the result to the FX
 * thread. Hidden folders ({@code .git}) and hidden files (save temporaries, editor swap files) are not watched.
 */
public final class BoardWatcher implements AutoCloseable {
    /** What the watcher tells; every call but {@link #knows} comes on the FX thread. */
    public interface Listener {
        /** Something in the folder changed; what is not known yet. */
        void stirring();

        /** On the watcher's thread: true when every changed file (relative paths) is as the app itself left it. */
        boolean knows(Set<String> changed);

        /** The changes were the app's own: nothing to read. */
        void settled();

        /** The board as read after changes made by someone else. */
        void fresh(LoadedBoard board);
    }

    static final long QUIET_MILLIS = 300;
    private final Path folder;
    private final WatchService service;
    private final Listener listener;
    private final Set<String> changed = new HashSet<>();
    private final Thread thread;

    public BoardWatcher(Path folder, Listener listener) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.service = folder.getFileSystem().newWatchService();
        this.listener = listener;
        registerTree(this.folder);
        thread = new Thread(this::watch, "board-watcher " + folder.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey first = service.take();
                handle(first);
                Platform.runLater(listener::stirring);
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(next);
                }
                Set<String> paths = Set.copyOf(changed);
                changed.clear();
                if (listener.knows(paths)) {
                    Platform.runLater(listener::settled);
                    continue;
                }
                LoadedBoard read;
                try {
                    read = BoardReader.read(folder);
                } catch (IOException e) {
                    continue;
                }
                Platform.runLater(() -> listener.fresh(read));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the window went away
        }
    }

    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Events were lost: nothing can be known about what changed.
                changed.add("");
                continue;
            }
            if (event.context() instanceof Path name && !name.toString().startsWith(".")) {
                changed.add(folder.relativize(dir.resolve(name)).toString().replace(File.separatorChar, '/'));
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created) && !name.toString().startsWith(".")) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        // a folder that vanished again, or cannot be read: the next read of the board says so
                    }
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(folder) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to release
        }
        thread.interrupt();
    }
}
