package org.eventstorm.app.document;

import java.io.IOException;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.util.Duration;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.model.file.SaveResult;

/**
 * Saves a board a moment after the last edit, so a workshop never depends on someone pressing Ctrl+S, unless the
 * person turned that off (File > Save Automatically). Untitled boards wait until they are given a folder.
 */
public final class Autosave {
    static final Duration IDLE = Duration.seconds(2);
    private final BoardDocument document;
    private final Notices notices;
    private final PauseTransition timer = new PauseTransition(IDLE);
    private final BooleanProperty enabled;
    /** Turned back on with edits waiting: they are saved a moment later. */
    private final InvalidationListener switched;
    private boolean held;

    public Autosave(BoardDocument document, Notices notices, BooleanProperty enabled) {
        this.document = document;
        this.notices = notices;
        this.enabled = enabled;
        timer.setOnFinished(event -> {
            if (enabled.get()) {
                saveNow();
            }
        });
        document.addListener(change -> timer.playFromStart());
        switched = observable -> {
            if (enabled.get() && document.isDirty()) {
                timer.playFromStart();
            }
        };
        enabled.addListener(switched);
    }

    /** At closing: saves the waiting edits when saving is automatic; otherwise the person is asked. */
    public void saveIfAutomatic() {
        if (enabled.get()) {
            saveNow();
        }
    }

    /** Saves now (automatic or not) if there is anything to save and somewhere to save it; says so when it fails. */
    public void saveNow() {
        timer.stop();
        if (held) {
            return;
        }
        if (document.files().isEmpty() || !document.isDirty()) {
            return;
        }
        try {
            SaveResult result = document.save();
            result.problems().forEach(problem -> notices.problem(problem.toString()));
        } catch (IOException e) {
            notices.problem("Could not save the board: " + e.getMessage() + " (your edits are still on the canvas)");
        }
    }

    /**
     * While held, nothing is saved: the files on disk are changing under the board and must be read first. Released,
     * it saves a moment later when edits are waiting.
     */
    public void hold(boolean hold) {
        held = hold;
        if (!hold && document.isDirty()) {
            timer.playFromStart();
        }
    }

    /** Drops the save that was waiting (a save by hand is about to happen). */
    public void stop() {
        timer.stop();
    }

    /** The window is going away: nothing more is saved by itself. */
    public void close() {
        timer.stop();
        enabled.removeListener(switched);
    }
}
