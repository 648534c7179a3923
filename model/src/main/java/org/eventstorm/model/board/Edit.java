package org.eventstorm.model.board;

/**
 * An edit a person makes: add, move, rename, link ... Each edit reads the board through its session and
 * applies primitive {@link Change}s to it; the board records them as one undo step. An edit that cannot be
 * made throws {@link EditRefused} and the board is left exactly as it was.
 */
public interface Edit {

    /** Short text for the Undo menu, read from the board before the edit runs: "Move 'Order Placed'". */
    String description(Board board);

    void perform(EditSession session);
}
