package org.eventstorm.model.file;

import java.util.HashSet;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.StickyId;

/**
 * Which of a board's stickies, places and definitions differ from what its files last held, and whether its settings
 * do: worked out once by comparing the whole board, then kept up to date from the board's changes, so that telling
 * whether the board has unsaved edits after an edit costs what the edit touched, not the size of the board. It is
 * only trusted for the board and revision it was last brought to; a change it did not see (or a save, which moves
 * the files) makes it start over.
 */
final class UnsavedEdits {
    /** What the board is compared with: the files as last read or written. */
    interface Baseline {
        boolean stickyDiffers(Board board, StickyId id);

        boolean placeDiffers(Board board, StickyId id);

        boolean definitionDiffers(Board board, DefinitionId id);

        boolean settingsDiffer(Board board);

        /** Every sticky id the board or the files know, for the first comparison. */
        Set<StickyId> stickyIds(Board board);

        /** Every id with a place on the board or in the files. */
        Set<StickyId> placeIds(Board board);

        Set<DefinitionId> definitionIds(Board board);
    }

    private final Baseline baseline;
    private final Set<StickyId> stickies = new HashSet<>();
    private final Set<StickyId> places = new HashSet<>();
    private final Set<DefinitionId> definitions = new HashSet<>();
    private boolean settings;
    private Board board;
    private long revision = -1;

    UnsavedEdits(Baseline baseline) {
        this.baseline = baseline;
    }

    /** True when a save of {@code board} would write or delete a file. */
    boolean any(Board board) {
        if (this.board != board || revision != board.revision()) {
            compareWhole(board);
        }
        return settings || !stickies.isEmpty() || !places.isEmpty() || !definitions.isEmpty();
    }

    /** Follows one change of the board; a change out of order (one was missed) means comparing afresh when asked. */
    void changed(Board board, BoardChange change) {
        if (change.changes().isEmpty()) {
            return;
        }
        if (this.board != board || change.revision() != revision + 1) {
            forget();
            return;
        }
        for (Change primitive : change.changes()) {
            if (primitive instanceof Change.StickyChange sticky) {
                mark(stickies, sticky.id(), baseline.stickyDiffers(board, sticky.id()));
                mark(places, sticky.id(), baseline.placeDiffers(board, sticky.id()));
            } else if (primitive instanceof Change.GeometryChange geometry) {
                mark(places, geometry.id(), baseline.placeDiffers(board, geometry.id()));
            } else if (primitive instanceof Change.DefinitionChange definition) {
                mark(definitions, definition.id(), baseline.definitionDiffers(board, definition.id()));
            } else if (primitive instanceof Change.SettingsChange) {
                settings = baseline.settingsDiffer(board);
            }
        }
        revision = change.revision();
    }

    /** The files changed (a save, a format): compare the whole board when next asked. */
    void forget() {
        board = null;
        revision = -1;
    }

    private void compareWhole(Board board) {
        stickies.clear();
        places.clear();
        definitions.clear();
        for (StickyId id : baseline.stickyIds(board)) {
            mark(stickies, id, baseline.stickyDiffers(board, id));
        }
        for (StickyId id : baseline.placeIds(board)) {
            mark(places, id, baseline.placeDiffers(board, id));
        }
        for (DefinitionId id : baseline.definitionIds(board)) {
            mark(definitions, id, baseline.definitionDiffers(board, id));
        }
        settings = baseline.settingsDiffer(board);
        this.board = board;
        this.revision = board.revision();
    }

    private static <T> void mark(Set<T> differing, T id, boolean differs) {
        if (differs) {
            differing.add(id);
        } else {
            differing.remove(id);
        }
    }
}
