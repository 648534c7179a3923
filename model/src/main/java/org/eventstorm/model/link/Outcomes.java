package org.eventstorm.model.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Which of a command's events tell of success and which of failure. The spec's command template writes the failure
 * in a note: {@code - Order Rejected (failure case)}; a note that says "fail" or "error" marks a failure, anything
 * else (or no note) a success.
 */
public final class Outcomes {
    private final Board board;
    private final ReferenceResolver resolver;

    public Outcomes(Board board) {
        this.board = board;
        this.resolver = new ReferenceResolver(board);
    }

    /** The events {@code command} produces when it succeeds, in the order written. */
    public List<StickyId> successes(StickyId command) {
        return produced(command, false);
    }

    /** The events {@code command} produces when it fails, in the order written. */
    public List<StickyId> failures(StickyId command) {
        return produced(command, true);
    }

    /** Every event some command produces as its failure. */
    public Set<StickyId> failureEvents() {
        Set<StickyId> failures = new LinkedHashSet<>();
        for (StickyId id : board.ids()) {
            if (id.kind() == StickyKind.COMMAND) {
                failures.addAll(failures(id));
            }
        }
        return failures;
    }

    private List<StickyId> produced(StickyId command, boolean failure) {
        List<StickyId> events = new ArrayList<>();
        for (ResolvedReference reference : resolver.referencesOf(command, board.get(command))) {
            if (reference.rule() == LinkRule.COMMAND_PRODUCES_EVENT && reference.targets().size() == 1 && isFailure(reference.reference()) == failure) {
                events.add(reference.targets().get(0));
            }
        }
        return events;
    }

    private static boolean isFailure(Reference reference) {
        String note = reference.written().substring(reference.nameEnd()).toLowerCase(Locale.ROOT);
        return note.contains("fail") || note.contains("error");
    }
}
