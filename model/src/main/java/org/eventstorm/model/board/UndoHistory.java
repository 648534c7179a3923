package org.eventstorm.model.board;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The undo and redo stacks of a board: each entry is one edit's primitive changes. */
final class UndoHistory {
    /** How many edits can be undone; the oldest are forgotten past this. */
    static final int DEPTH = 1000;

    record Step(String description, List<Change> changes) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    void record(Step step) {
        undo.push(step);
        if (undo.size() > DEPTH) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<Step> popUndo() {
        Step step = undo.poll();
        if (step != null) {
            redo.push(step);
        }
        return Optional.ofNullable(step);
    }

    Optional<Step> popRedo() {
        Step step = redo.poll();
        if (step != null) {
            undo.push(step);
        }
        return Optional.ofNullable(step);
    }

    Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Step::description);
    }

    Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Step::description);
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
