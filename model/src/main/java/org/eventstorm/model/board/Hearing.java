package org.eventstorm.model.board;

/**
 * When a listener hears of a board's change, relative to the others. The board tells its listeners turn by turn, in
 * this order, and within a turn in the order they were added; so whatever a later turn reads is already up to date.
 */
public enum Hearing {
    /** What others read, derived from the board: the validator's findings. */
    DERIVED,
    /** The document's own state: its revision, the unsaved mark, the title. */
    DOCUMENT,
    /** Everyone else: the views, autosave, the recovery journal, the live workshop. */
    FOLLOWERS
}
