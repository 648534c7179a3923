package org.eventstorm.model.edit;

import java.util.List;
import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditSession;

/** Several edits as one undo step, each seeing what the ones before it did; all or nothing. */
public record Batch(String title, List<Edit> edits) implements Edit {
    public Batch {
        Objects.requireNonNull(title, "title");
        edits = List.copyOf(edits);
    }

    public static Batch of(String title, Edit... edits) {
        return new Batch(title, List.of(edits));
    }

    @Override
    public String description(Board board) {
        return title;
    }

    @Override
    public void perform(EditSession session) {
        for (Edit edit : edits) {
            session.perform(edit);
        }
    }
}
