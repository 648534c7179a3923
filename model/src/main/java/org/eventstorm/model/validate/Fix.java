package org.eventstorm.model.validate;

import java.util.Objects;
import org.eventstorm.model.board.Edit;

/** A suggested correction the app offers for a finding, applied as one undoable edit. */
public record Fix(String label, Edit edit) {
    public Fix {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(edit, "edit");
    }
}
