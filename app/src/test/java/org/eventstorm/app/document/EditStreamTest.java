package org.eventstorm.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.eventstorm.app.problems.ProblemRow;
import org.eventstorm.app.problems.ProblemsViewModel;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.generate.RandomEdits;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.SampleBoards;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.StandardRules;
import org.junit.jupiter.api.Test;

/**
 * The edit stream as the window's parts hear it: the validator first, then the document, then the views, autosave and
 * the journal; a view that fails keeps no one else from an edit; views hear which findings went and came.
 */
class EditStreamTest {

    @Test
    void aFollowerFindsTheFindingsAndTheUnsavedMarkUpToDate() {
        BoardDocument document = BoardDocument.untitled(SampleBoards.orderFulfillment(), StandardRules.set(), Clock.systemUTC());
        List<String> seen = new ArrayList<>();
        document.addListener(change -> seen.add(document.isDirty() + " "
                + document.findings().stream().anyMatch(finding -> finding.sticky() != null && finding.sticky().stem().equals("order-placed-late"))));
        document.apply(AddSticky.at(StickyKind.EVENT.create("Order Placed Late"), null));
        assertEquals(List.of("true true"), seen, "the new event's findings (no producer, no consumer) are there when a view hears of it");
    }

    @Test
    void aFailingViewKeepsNeitherAutosaveNorTheJournalFromAnEdit() {
        BoardDocument document = BoardDocument.untitled(SampleBoards.orderFulfillment(), StandardRules.set(), Clock.systemUTC());
        List<String> reported = new ArrayList<>();
        document.board().onListenerFailure(failure -> reported.add(failure.getMessage()));
        List<Long> autosave = new ArrayList<>();
        List<Long> journal = new ArrayList<>();
        document.addListener(change -> {
            throw new IllegalStateException("the minimap broke");
        });
        document.addListener(change -> autosave.add(change.revision()));
        document.addListener(change -> journal.add(change.revision()));
        assertTrue(document.apply(AddSticky.at(StickyKind.EVENT.create("Order Archived"), null)).isApplied());
        assertEquals(List.of(1L), autosave);
        assertEquals(List.of(1L), journal);
        assertEquals(List.of("the minimap broke"), reported);
    }

    @Test
    void viewsHearWhichFindingsWentAndCameAndEndWhereARebuildWould() {
        Board board = SampleBoards.orderFulfillment();
        BoardDocument document = BoardDocument.untitled(board, StandardRules.set(), Clock.systemUTC());
        ProblemsViewModel problems = new ProblemsViewModel(document, null, definition -> {});
        List<Integer> sizes = new ArrayList<>();
        document.findings().addListener((ListChangeListener<Finding>) change -> {
            while (change.next()) {
                sizes.add(change.getRemovedSize() + change.getAddedSize());
            }
        });
        document.apply(AddSticky.at(StickyKind.EVENT.create("Order Archived"), null));
        assertTrue(!sizes.isEmpty() && sizes.stream().allMatch(size -> size < 5),
                "an edit that adds one event changes a few findings, not the whole list: " + sizes);

        RandomEdits edits = new RandomEdits(28);
        for (int i = 0; i < 300; i++) {
            document.apply(edits.next(board));
            if (i % 7 == 6) {
                document.undo();
            }
            if (i % 50 == 49) {
                assertEquals(new ArrayList<>(document.validator().findings()), sorted(document.findings()), "after " + (i + 1) + " edits");
                List<ProblemRow> rebuilt = new ProblemsViewModel(document, null, definition -> {}).rows();
                assertEquals(rebuilt, problems.rows(), "the problems panel after " + (i + 1) + " edits");
                assertEquals(rebuilt.size(), problems.rows().size());
            }
        }
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(Finding.ORDER);
        return copy;
    }
}
