package org.eventstorm.app.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eventstorm.app.recovery.Recovery;
import org.eventstorm.app.recovery.RecoveryJournal;
import org.eventstorm.app.recovery.RecoveryPlaces;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.file.Problem;
import org.eventstorm.model.file.SaveResult;

/**
 * A board held without a window, as {@code eventstorm serve} holds it: one thread of its own touches it, and it is saved
 * as the app saves it. Each edit is journalled a moment after it is made (so a crash or a kill loses at most that
 * moment) and the board is saved a second after the last edit (atomic writes); the journal goes once all is saved.
 */
public final class HeadlessBoard implements AutoCloseable {
    static final long JOURNAL_DELAY_MS = 250;
    static final long SAVE_DELAY_MS = 1000;

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread board = new Thread(runnable, "board");
        board.setDaemon(true);
        return board;
    });
    private final Board board;
    private final BoardFiles files;
    private final Path journal;
    private final Clock clock;
    private final Reporter reporter;
    private ScheduledFuture<?> journalling;
    private ScheduledFuture<?> saving;
    private boolean closed;
    /** Whether the journal on disk is this host's: a journal another host left is never deleted unless recovered. */
    private boolean ownsJournal;

    /** Where a save's problems are told (the command line prints them). */
    public interface Reporter {
        void saveProblems(List<Problem> problems);
    }

    public HeadlessBoard(LoadedBoard loaded, RecoveryPlaces places, Clock clock, Reporter reporter) {
        this.board = loaded.board();
        this.files = loaded.files();
        this.journal = places.journalOf(files.root());
        this.clock = clock;
        this.reporter = reporter;
        call(() -> board.addListener(change -> changed()));
    }

    /** The thread every touch of the board must run on. */
    public ScheduledExecutorService thread() {
        return thread;
    }

    public Board board() {
        return board;
    }

    /** The recovery journal a crashed host (or app) left for this board, if any. */
    public Path journal() {
        return journal;
    }

    /** Applies the journal a crash left: its files over the board's, as unsaved edits, then saved. */
    public int recover() throws IOException {
        RecoveryJournal left = RecoveryJournal.read(journal);
        var recovered = Recovery.recovered(files.root(), left);
        call(() -> {
            ownsJournal = true;
            board.replaceAll(recovered, "Recover unsaved edits");
            return null;
        });
        return left.changedFiles();
    }

    /** Runs {@code work} on the board's thread and waits for it. */
    public <T> T call(Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the board was busy", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    private void changed() {
        if (closed) {
            return;
        }
        if (journalling == null || journalling.isDone()) {
            journalling = thread.schedule(this::writeJournal, JOURNAL_DELAY_MS, TimeUnit.MILLISECONDS);
        }
        if (saving != null) {
            saving.cancel(false);
        }
        saving = thread.schedule(this::save, SAVE_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    private void writeJournal() {
        if (!files.hasUnsavedChanges(board)) {
            return;
        }
        try {
            RecoveryJournal.of(board, files, clock.instant()).write(journal);
            ownsJournal = true;
        } catch (IOException e) {
            reporter.saveProblems(List.of(Problem.error(journal.getFileName().toString(), 0, "the recovery journal could not be written ("
                    + e.getMessage() + "); edits are saved to the board a second after they are made")));
        }
    }

    /** Saves what changed; on the board's thread. Returns the files written. */
    private int save() {
        try {
            SaveResult result = files.save(board);
            if (!result.problems().isEmpty()) {
                reporter.saveProblems(result.problems());
            }
            if (!files.hasUnsavedChanges(board)) {
                if (ownsJournal) {
                    Files.deleteIfExists(journal);
                    ownsJournal = false;
                }
            } else {
                writeJournal();
            }
            return result.written().size() + result.deleted().size();
        } catch (IOException e) {
            reporter.saveProblems(List.of(Problem.error(files.root().toString(), 0, "could not be saved (" + e.getMessage()
                    + "); the edits are kept in the recovery journal")));
            writeJournal();
            return 0;
        }
    }

    /** Saves everything now and stops; returns the files written by this last save. */
    public int saveNow() {
        return call(() -> {
            if (saving != null) {
                saving.cancel(false);
            }
            if (journalling != null) {
                journalling.cancel(false);
            }
            return save();
        });
    }

    /** Saves everything and stops; returns the files this last save wrote. */
    public int stop() {
        int written = saveNow();
        call(() -> {
            closed = true;
            return null;
        });
        thread.shutdown();
        return written;
    }

    @Override
    public void close() {
        stop();
    }
}
