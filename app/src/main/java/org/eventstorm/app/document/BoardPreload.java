package org.eventstorm.app.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The board a start opens, read on a thread of its own while JavaFX starts, so the first window does not wait for
 * both one after the other. The document is handed over through the future; nothing else touches it before.
 */
public final class BoardPreload {
    private final Path folder;
    private final CompletableFuture<BoardDocument> document = new CompletableFuture<>();

    private BoardPreload(Path folder) {
        this.folder = folder;
    }

    /** Starts reading {@code folder} with the service {@code documents} gives (built on that thread too). */
    public static BoardPreload start(Path folder, Supplier<DocumentService> documents) {
        BoardPreload preload = new BoardPreload(folder);
        Thread reader = new Thread(() -> {
            try {
                preload.document.complete(documents.get().open(folder));
            } catch (IOException e) {
                preload.document.completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                preload.document.completeExceptionally(e);
            }
        }, "board-preload");
        reader.setDaemon(true);
        reader.start();
        return preload;
    }

    public Path folder() {
        return folder;
    }

    /** The opened board, waiting for the read to finish. */
    public BoardDocument document() throws IOException {
        try {
            return document.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
