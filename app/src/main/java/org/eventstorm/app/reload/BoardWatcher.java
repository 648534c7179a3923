package org.eventstorm.app.reload;

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
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;

/**
 * Watches a board folder for changes made by other programs. On the first change it says so at once (so nothing
 * is saved over it meanwhile); once the folder has been quiet for a moment it reads the board again, off the FX
 * thread, and hands the result to the FX thread. Hidden folders ({@code .git}) are not watched.
 */
public final class BoardWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 300;
    private final Path folder;
    private final WatchService service;
    private final Runnable stirring;
    private final Consumer<LoadedBoard> fresh;
    private final Thread thread;

    /**
     * @param stirring run on the FX thread as soon as something changes
     * @param fresh    run on the FX thread with the board as read after the changes
     */
    public BoardWatcher(Path folder, Runnable stirring, Consumer<LoadedBoard> fresh) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.service = folder.getFileSystem().newWatchService();
        this.stirring = stirring;
        this.fresh = fresh;
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
                Platform.runLater(stirring);
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(next);
                }
                LoadedBoard read;
                try {
                    read = BoardReader.read(folder);
                } catch (IOException e) {
                    continue;
                }
                Platform.runLater(() -> fresh.accept(read));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the window went away
        }
    }

    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
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
