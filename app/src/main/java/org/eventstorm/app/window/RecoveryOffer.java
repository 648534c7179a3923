package org.eventstorm.app.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.document.DocumentService;
import org.eventstorm.app.recovery.Recovery;
import org.eventstorm.app.recovery.RecoveryJournal;
import org.eventstorm.app.recovery.RecoveryPlaces;

/**
 * Offers back the edits a crash left unsaved: when a board with a recovery journal opens, and at start for boards
 * that were never saved. The person chooses; a journal is only removed once they have.
 */
final class RecoveryOffer {
    static final ButtonType RECOVER = new ButtonType("Recover Edits", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard Them", ButtonBar.ButtonData.NO);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm");

    private final RecoveryPlaces places;
    private final DocumentService documents;

    RecoveryOffer(RecoveryPlaces places, DocumentService documents) {
        this.places = places;
        this.documents = documents;
    }

    /** Asks about the journal of a board just opened from its folder, and recovers it when the person says so. */
    void offerFor(BoardDocument document) {
        Path journal = places.journalOf(document.folder().orElseThrow());
        read(journal).ifPresent(edits -> {
            if (edits.changedFiles() == 0) {
                delete(journal);
                return;
            }
            if (ask(edits, "the board was opened as it is on disk")) {
                try {
                    Recovery.restore(document, edits);
                } catch (IOException e) {
                    Windows.error("Could not recover the unsaved edits", e.getMessage() + "\nThe journal is kept at " + journal + ".");
                }
            } else {
                delete(journal);
            }
        });
    }

    /** Boards never saved that an earlier run left unsaved edits on, as documents to open, for those the person wants. */
    List<BoardDocument> untitledToRecover() {
        List<BoardDocument> recovered = new ArrayList<>();
        for (Path journal : places.untitledJournals()) {
            Optional<RecoveryJournal> edits = read(journal);
            if (edits.isEmpty()) {
                continue;
            }
            if (ask(edits.get(), "nothing was kept")) {
                try {
                    recovered.add(documents.fromSnapshot(Recovery.untitled(edits.get())));
                    delete(journal);
                } catch (IOException e) {
                    Windows.error("Could not recover the unsaved board", e.getMessage() + "\nThe journal is kept at " + journal + ".");
                }
            } else {
                delete(journal);
            }
        }
        return recovered;
    }

    private boolean ask(RecoveryJournal edits, String otherwise) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RECOVER, DISCARD);
        alert.setTitle("EventStorm Studio");
        alert.setHeaderText("Recover the unsaved edits to \u201C" + edits.title() + "\u201D?");
        String files = edits.changedFiles() == 1 ? "1 file" : edits.changedFiles() + " files";
        alert.setContentText("EventStorm Studio closed on " + when(edits.written()) + " before these edits (" + files + ") were saved.\n\n"
                + "Recover them to carry on where you left off; they stay unsaved until you save. Discard them and " + otherwise + ".");
        alert.getDialogPane().setId("recovery-offer");
        return alert.showAndWait().orElse(RECOVER) == RECOVER;
    }

    private static String when(String written) {
        try {
            return WHEN.format(Instant.parse(written).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException | NullPointerException e) {
            return "an unknown time";
        }
    }

    private static Optional<RecoveryJournal> read(Path journal) {
        if (!Files.isRegularFile(journal)) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecoveryJournal.read(journal));
        } catch (IOException e) {
            Windows.error("A recovery journal could not be read", journal + ": " + e.getMessage() + "\nIt was left where it is.");
            return Optional.empty();
        }
    }

    private static void delete(Path journal) {
        try {
            Files.deleteIfExists(journal);
        } catch (IOException e) {
            Windows.error("Could not remove a recovery journal", journal + ": " + e.getMessage());
        }
    }
}
