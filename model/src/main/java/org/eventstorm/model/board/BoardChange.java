package org.eventstorm.model.board;

import java.util.List;
import java.util.Objects;
import org.eventstorm.model.sticky.StickyId;

/**
 * What listeners receive after every applied edit, undo or redo: the primitive changes in the order they
 * were applied, and the board's revision after them.
 */
public record BoardChange(long revision, Cause cause, String description, List<Change> changes) {

    /** Why the board changed. */
    public enum Cause { EDIT, UNDO, REDO, RELOAD }

    public BoardChange {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(description, "description");
        changes = List.copyOf(changes);
    }

    /** The ids of stickies this change added, in order: how a caller learns the id of what it created. */
    public List<StickyId> addedIds() {
        return changes.stream().filter(change -> change instanceof Change.StickyChange sticky && sticky.isAdd()).map(
                change -> ((Change.StickyChange) change).id()).toList();
    }

    /** Every sticky id this change touched (content or geometry), without repeats. */
    public List<StickyId> touchedIds() {
        return changes.stream().map(change -> change instanceof Change.StickyChange sticky ? sticky.id()
                : change instanceof Change.GeometryChange geometry ? geometry.id() : null).filter(Objects::nonNull).distinct().toList();
    }
}
