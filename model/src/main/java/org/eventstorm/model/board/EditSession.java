package org.eventstorm.model.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The board as one edit sees it while it runs: changes apply at once, so a later part of a batch sees what an
 * earlier part did; when the edit fails they are all rolled back.
 */
public final class EditSession {
    private final Board board;
    private final List<Change> applied = new ArrayList<>();

    EditSession(Board board) {
        this.board = board;
    }

    /** The board, including the changes this session has applied so far. */
    public Board board() {
        return board;
    }

    /** Applies {@code change} now; a change that changes nothing is ignored. */
    public void apply(Change change) {
        Objects.requireNonNull(change, "change");
        if (isNoOp(change)) {
            return;
        }
        board.applyChange(change);
        applied.add(change);
    }

    /** Runs another edit inside this one (a batch of edits is one undo step). */
    public void perform(Edit edit) {
        edit.perform(this);
    }

    List<Change> applied() {
        return List.copyOf(applied);
    }

    void rollback() {
        for (int i = applied.size() - 1; i >= 0; i--) {
            board.applyChange(applied.get(i).inverse());
        }
        applied.clear();
    }

    private static boolean isNoOp(Change change) {
        if (change instanceof Change.StickyChange sticky) {
            return Objects.equals(sticky.before(), sticky.after());
        }
        if (change instanceof Change.GeometryChange geometry) {
            return Objects.equals(geometry.before(), geometry.after());
        }
        if (change instanceof Change.DefinitionChange definition) {
            return Objects.equals(definition.before(), definition.after());
        }
        Change.SettingsChange settings = (Change.SettingsChange) change;
        return settings.before().equals(settings.after());
    }
}
