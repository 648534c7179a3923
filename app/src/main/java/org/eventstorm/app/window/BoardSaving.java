package org.eventstorm.app.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.eventstorm.app.document.Autosave;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.app.recovery.JournalKeeper;
import org.eventstorm.app.text.Counted;
import org.eventstorm.model.file.SaveResult;
import org.eventstorm.model.sticky.Slug;

/**
 * Saving one window's board: into its folder, into a new one, and before the window closes with unsaved edits (which
 * asks first). What was saved, or why not, goes to the window's notices or an error dialog.
 */
final class BoardSaving {
    private final Stage stage;
    private final BoardDocument document;
    private final Windows windows;
    private final Notices notices;
    private final Autosave autosave;
    private final JournalKeeper journal;

    BoardSaving(Stage stage, BoardDocument document, Windows windows, Notices notices, Autosave autosave, JournalKeeper journal) {
        this.stage = stage;
        this.document = document;
        this.windows = windows;
        this.notices = notices;
        this.autosave = autosave;
        this.journal = journal;
    }

    /** Saves to the board's folder, or asks for one when the board has none. */
    boolean save() {
        if (document.folder().isEmpty()) {
            return saveAs();
        }
        autosave.stop();
        try {
            SaveResult result = document.save();
            notices.info(result.changedNothing() ? "Nothing to save" : "Saved " + Counted.of(result.written().size() + result.deleted().size(), "file"));
            result.problems().forEach(problem -> notices.problem(problem.toString()));
            return true;
        } catch (IOException e) {
            Windows.error("Could not save the board", e.getMessage());
            return false;
        }
    }

    /** Asks for the name of a new (or empty) folder and writes the whole board there. */
    boolean saveAs() {
        String title = document.board().settings().title();
        String suggested = title.isBlank() ? "board" : Slug.of(title);
        Optional<Path> chosen = windows.desktop().chooseNewFolder(stage, "Save the board as a new folder",
                document.folder().map(Path::toAbsolutePath).map(Path::getParent).orElse(null), suggested.isEmpty() ? "board" : suggested);
        return chosen.isPresent() && saveInto(chosen.get());
    }

    /** Writes the whole board into {@code folder}, which must be new or empty. */
    boolean saveInto(Path folder) {
        try {
            if (Files.isDirectory(folder) && !isEmpty(folder)) {
                Windows.error("Choose an empty folder", folder + " already holds files; a board gets a folder of its own.");
                return false;
            }
            SaveResult result = document.saveAs(folder);
            windows.documents().remember(folder);
            notices.info("Saved " + Counted.of(result.written().size(), "file") + " in " + folder);
            return true;
        } catch (IOException e) {
            Windows.error("Could not save the board", e.getMessage());
            return false;
        }
    }

    /**
     * Before the window closes: saves when saving is automatic, and otherwise, with unsaved edits, asks whether to save
     * them. False when the person keeps the window open (or saving failed); the journal goes once nothing is unsaved.
     */
    boolean confirmClose() {
        autosave.saveIfAutomatic();
        if (!document.isDirty()) {
            journal.discard();
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your edits will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("EventStorm Studio");
        alert.setHeaderText("Save the changes to \u201C" + document.board().settings().title() + "\u201D before closing?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == discard) {
            journal.discard();
            return true;
        }
        return save();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
