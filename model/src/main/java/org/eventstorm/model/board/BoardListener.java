package org.eventstorm.model.board;

/** Told of every change a board applies, on the thread that applied it. */
@FunctionalInterface
public interface BoardListener {

    void boardChanged(BoardChange change);
}
