package org.eventstorm.model.edit;

import java.util.List;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;

/**
 * Marks the events among {@code ids} pivotal, or, when all of them are already, unmarks them: one key toggles, one
 * undo step. Other kinds among {@code ids} are left as they are.
 */
public record MarkPivotal(List<StickyId> ids) implements Edit {
    public MarkPivotal {
        ids = List.copyOf(ids);
    }

    @Override
    public String description(Board board) {
        List<StickyId> events = events(board);
        boolean marking = !allPivotal(board, events);
        String which = events.size() == 1 ? Stickies.quoted(board, events.get(0)) : events.size() + " events";
        return (marking ? "Mark " : "Unmark ") + which + (marking ? " pivotal" : " as pivotal");
    }

    @Override
    public void perform(EditSession session) {
        Board board = session.board();
        List<StickyId> events = events(board);
        if (events.isEmpty()) {
            throw new EditRefused("Select a domain event to mark it pivotal: a turning point of the story");
        }
        boolean marking = !allPivotal(board, events);
        for (StickyId id : events) {
            DomainEvent event = (DomainEvent) board.get(id);
            if (event.isPivotal() != marking) {
                session.apply(new Change.StickyChange(id, event, event.with(Field.PIVOTAL, marking ? Text.of("true") : Text.of(""))));
            }
        }
    }

    private List<StickyId> events(Board board) {
        return ids.stream().filter(id -> id.kind() == StickyKind.EVENT && board.contains(id)).toList();
    }

    private static boolean allPivotal(Board board, List<StickyId> events) {
        return events.stream().allMatch(id -> ((DomainEvent) board.get(id)).isPivotal());
    }
}
