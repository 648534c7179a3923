package org.eventstorm.app.document;

import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.sticky.StickyId;

/** What applying an edit did: the change, or why the board refused it (in the user's words). */
public record EditOutcome(BoardChange change, String refusal) {

    public static EditOutcome applied(BoardChange change) {
        return new EditOutcome(change, null);
    }

    public static EditOutcome refused(String reason) {
        return new EditOutcome(null, reason);
    }

    public boolean isApplied() {
        return change != null;
    }

    public Optional<String> refusalMessage() {
        return Optional.ofNullable(refusal);
    }

    /** The ids of stickies the edit added. */
    public List<StickyId> addedIds() {
        return change == null ? List.of() : change.addedIds();
    }
}
