package org.eventstorm.model.board;

/** An edit the board will not apply, with a message that says why and what to do instead. */
public class EditRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EditRefused(String message) {
        super(message);
    }
}
