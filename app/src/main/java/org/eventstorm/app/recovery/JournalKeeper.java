package org.eventstorm.app.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.notice.Notices;

/**
 * Keeps one open board's recovery journal: written a moment after each edit while there are unsaved edits, removed
 * once there are none (saved, undone, or let go on purpose). A crash leaves it behind for the next start to offer.
 */
public final class JournalKeeper {
    static final Duration DELAY = Duration.millis(250);
    private final BoardDocument document;
    private final RecoveryPlaces places;
    private final Notices notices;
    private final PauseTransition timer = new PauseTransition(DELAY);
    private final AutoCloseable subscription;
    private Path untitled;
    private Path written;
    private boolean failed;

    public JournalKeeper(BoardDocument document, RecoveryPlaces places, Notices notices) {
        this.document = document;
        this.places = places;
        this.notices = notices;
        timer.setOnFinished(event -> writeNow());
        subscription = document.addListener(change -> timer.playFromStart());
        document.dirtyProperty().addListener((observable, was, dirty) -> {
            if (!dirty) {
                timer.stop();
                delete();
            }
        });
        if (document.isDirty()) {
            writeNow();
        }
    }

    /** Where the journal is (or would be) now. */
    public Path journal() {
        return document.folder().map(places::journalOf).orElseGet(() -> {
            if (untitled == null) {
                untitled = places.newUntitledJournal();
            }
            return untitled;
        });
    }

    /** Writes the unsaved edits now, or removes the journal when there are none. */
    public void writeNow() {
        timer.stop();
        if (!document.isDirty()) {
            delete();
            return;
        }
        Path target = journal();
        try {
            journalNow().write(target);
            if (written != null && !written.equals(target)) {
                Files.deleteIfExists(written);
            }
            written = target;
            failed = false;
        } catch (IOException e) {
            if (!failed) {
                notices.problem("Could not keep the recovery journal at " + target + ": " + e.getMessage()
                        + " (save soon: a crash now would lose the unsaved edits)");
            }
            failed = true;
        }
    }

    /** The person let the unsaved edits go (Don't Save): nothing is kept for next time. */
    public void discard() {
        timer.stop();
        delete();
    }

    /** The window went away: the journal stays as it is, for the next start to offer when edits were unsaved. */
    public void stop() {
        timer.stop();
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private RecoveryJournal journalNow() {
        return RecoveryJournal.of(document.board(), document.files().orElse(null), Instant.now());
    }

    private void delete() {
        for (Path each : new Path[] {written, document.folder().map(places::journalOf).orElse(null), untitled}) {
            if (each != null) {
                try {
                    Files.deleteIfExists(each);
                } catch (IOException e) {
                    notices.problem("Could not remove the recovery journal " + each + ": " + e.getMessage());
                }
            }
        }
        written = null;
    }
}
