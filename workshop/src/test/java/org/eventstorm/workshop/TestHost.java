package org.eventstorm.workshop;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardReader;

/** A board served to pages on the loopback address, with its own board thread, as a test drives it. */
final class TestHost implements AutoCloseable {
    final Board board;
    final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-board"));
    final Workshop workshop;
    final SessionTokens tokens = SessionTokens.random();
    final WorkshopServer server;

    TestHost(Path boardFolder, Limits limits) throws IOException {
        this.board = BoardReader.read(boardFolder).board();
        this.workshop = new Workshop(board, thread, Clock.systemUTC(), limits);
        call(() -> {
            workshop.start();
            return null;
        });
        this.server = WorkshopServer.start(workshop, tokens, InetAddress.getLoopbackAddress(), 0);
    }

    /** Runs {@code work} on the board's thread and waits for it. */
    <T> T call(Callable<T> work) {
        try {
            return thread.submit(work).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        call(() -> {
            workshop.close();
            return null;
        });
        thread.shutdownNow();
    }
}
