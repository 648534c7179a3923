package org.eventstorm.app.document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.BoardListener;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.Hearing;
import org.eventstorm.model.board.SnapshotMerge;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.file.Problem;
import org.eventstorm.model.file.SaveResult;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.FindingsChange;
import org.eventstorm.model.validate.RuleSet;
import org.eventstorm.model.validate.Validator;

/**
 * One open board as the app sees it: the board, its files (none until an untitled board is first saved), the live
 * validator, and what the window shows about them as JavaFX properties. Every edit from any view comes through
 * {@link #apply(Edit)}; the views listen to the board's change stream. Used on the FX thread.
 */
public final class BoardDocument {
    private final Board board;
    private final Validator validator;
    private final Clock clock;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    /** How often each finding is in {@link #findings}, so a delta is applied without counting the list. */
    private final Map<Finding, Integer> counts = new HashMap<>();
    private final ObservableList<Problem> fileProblems = FXCollections.observableArrayList();
    // One read-only view each, kept for the document's life: a view hears its list through a weak listener, so a
    // view made per call could be collected together with the listeners added to it.
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<Problem> fileProblemsView = FXCollections.unmodifiableObservableList(fileProblems);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    // Read by the folder watcher's thread too (BoardWatcher.Listener.knows), hence volatile.
    private volatile BoardFiles files;
    private BoardSnapshot onDisk;

    /** The board's revision when it was opened, until its first change; then -1. */
    private long untouchedAt;

    private BoardDocument(Board board, BoardFiles files, Path folder, List<Problem> problems, RuleSet rules, Clock clock) {
        this.board = board;
        this.clock = clock;
        this.files = files;
        this.folder.set(folder);
        this.fileProblems.setAll(problems);
        this.onDisk = files == null ? null : board.snapshot();
        this.untouchedAt = board.revision();
        // The board tells the validator first (Hearing.DERIVED), then this document (DOCUMENT), then everyone who
        // listens through addListener (FOLLOWERS): a view finds the findings, the unsaved mark and the title up to date.
        this.validator = Validator.attach(board, rules, clock);
        this.findings.setAll(validator.findings());
        validator.findings().forEach(finding -> counts.merge(finding, 1, Integer::sum));
        validator.addListener(this::findingsChanged);
        board.addListener(Hearing.DOCUMENT, this::boardChanged);
        refresh();
    }

    /** A board read from its folder. */
    public static BoardDocument opened(Path folder, LoadedBoard loaded, RuleSet rules, Clock clock) {
        return new BoardDocument(loaded.board(), loaded.files(), folder, loaded.problems(), rules, clock);
    }

    /** A board not yet saved anywhere (new, or from a template); the first save asks where. */
    public static BoardDocument untitled(Board board, RuleSet rules, Clock clock) {
        return new BoardDocument(board, null, null, List.of(), rules, clock);
    }

    /** Today for this board: what the validator's date rules and the versions panel go by. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Board board() {
        return board;
    }

    public Validator validator() {
        return validator;
    }

    /** Applies an edit as one undo step; a refused edit leaves the board as it was and says why. */
    public EditOutcome apply(Edit edit) {
        try {
            return EditOutcome.applied(board.apply(edit));
        } catch (EditRefused refused) {
            return EditOutcome.refused(refused.getMessage());
        }
    }

    public boolean undo() {
        return board.undo();
    }

    public boolean redo() {
        return board.redo();
    }

    /**
     * Hears every change of the board, after the validator and this document have caught up. A listener that fails is
     * reported; the others still hear of the change (autosave and the recovery journal among them).
     */
    public AutoCloseable addListener(BoardListener listener) {
        return board.addListener(Hearing.FOLLOWERS, listener);
    }

    public ObservableList<Finding> findings() {
        return findingsView;
    }

    /** Files of the board that could not be read, or were read with a warning, when it was opened. */
    public ObservableList<Problem> fileProblems() {
        return fileProblemsView;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public Optional<Path> folder() {
        return Optional.ofNullable(folder.get());
    }

    public Optional<BoardFiles> files() {
        return Optional.ofNullable(files);
    }

    /** The line of a value in a saga or strategy file, when the board has files. */
    public int lineOf(DefinitionId id, String pointer) {
        return files == null ? 1 : files.lineOf(id, pointer);
    }

    /** The line of a sticky's field in its file, when the board has files. */
    public int lineOf(StickyId id, Field field) {
        return files == null ? 1 : files.lineOf(id, field);
    }

    /**
     * Saves what changed. An untitled board has nowhere to go yet: save it with {@link #saveAs(Path)}.
     *
     * @throws IllegalStateException for an untitled board
     */
    public SaveResult save() throws IOException {
        if (files == null) {
            throw new IllegalStateException("an untitled board is saved with saveAs");
        }
        SaveResult result = files.save(board);
        onDisk = onDisk == null ? board.snapshot() : result.onDisk(onDisk, board.snapshot());
        // Notes on what the tool did for a file on its own (a board.yaml made up, stickies placed) are done with once it is written.
        fileProblems.removeIf(problem -> problem.severity() == Problem.Severity.INFO && result.written().contains(problem.path()));
        refresh();
        return result;
    }

    /** Writes the whole board into {@code target} (a new or empty folder), which becomes its folder from now on. */
    public SaveResult saveAs(Path target) throws IOException {
        BoardFiles newFiles = BoardFiles.forNewBoard(target);
        SaveResult result = newFiles.save(board);
        files = newFiles;
        onDisk = board.snapshot();
        folder.set(target);
        fileProblems.clear();
        refresh();
        return result;
    }

    /**
     * How the board as it is on disk now ({@code fresh}, just read) merges with this one: empty when the disk holds
     * what was last read or saved (this tool's own saves among them).
     */
    public Optional<SnapshotMerge> outsideChanges(LoadedBoard fresh) {
        if (onDisk == null) {
            return Optional.empty();
        }
        SnapshotMerge merge = SnapshotMerge.of(onDisk, board.snapshot(), fresh.readableOver(onDisk));
        return merge.outsideChanged() ? Optional.of(merge) : Optional.empty();
    }

    /**
     * Takes the disk's new state as the saved one and shows {@code merged} (the outside changes with the edits kept
     * here); the edits kept here are unsaved edits against the new files. Cannot be undone: the history is cleared.
     */
    public void reload(LoadedBoard fresh, BoardSnapshot merged) {
        files = fresh.files();
        onDisk = fresh.readableOver(onDisk);
        files.assumeUnreadableHold(onDisk);
        fileProblems.setAll(fresh.problems());
        board.replaceAll(merged, "Reload changes made outside");
        refresh();
    }

    private void boardChanged(BoardChange change) {
        untouchedAt = -1;
        if (files != null) {
            files.follow(board, change);
        }
        refresh();
    }

    /**
     * The validator's delta, applied to the findings list: the views hear which findings went and which came (one
     * removal and one addition), not a new list. A finding listed twice and removed once loses one of its copies.
     */
    private void findingsChanged(FindingsChange change) {
        Map<Finding, Integer> removed = new HashMap<>();
        change.removed().forEach(finding -> removed.merge(finding, 1, Integer::sum));
        boolean whole = true;
        for (Map.Entry<Finding, Integer> entry : removed.entrySet()) {
            int left = counts.merge(entry.getKey(), -entry.getValue(), Integer::sum);
            whole &= left == 0;
            if (left <= 0) {
                counts.remove(entry.getKey());
            }
        }
        change.added().forEach(finding -> counts.merge(finding, 1, Integer::sum));
        if (whole) {
            findings.removeAll(removed.keySet());
        } else {
            change.removed().forEach(findings::remove);
        }
        findings.addAll(change.added());
    }

    private void refresh() {
        revision.set(board.revision());
        // What the tool itself supplied when opening (a missing board.yaml, places for unplaced stickies) is not an
        // unsaved change of the person's until they edit; it is written with their first save.
        boolean untouched = board.revision() == untouchedAt;
        dirty.set(files == null ? board.revision() > 0 || board.size() > 0 : !untouched && files.hasUnsavedChanges(board));
        String name = board.settings().title().isBlank() ? "Untitled Board" : board.settings().title();
        title.set(name + (folder.get() == null ? "" : " \u2014 " + folder.get().getFileName()));
    }

    /** Findings about one sticky, most severe first. */
    public List<Finding> findingsOn(StickyId id) {
        return new ArrayList<>(validator.findingsOn(id));
    }
}
