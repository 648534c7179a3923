package org.eventstorm.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.generate.RandomEdits;

/** The live validator, kept up to date edit by edit, always says what a validation from scratch says. */
class IncrementalValidationProperties {

    @Property(tries = 60)
    void incrementalFindingsEqualAFullValidationAfterEveryEdit(@ForAll long seed, @ForAll @IntRange(min = 0, max = 80) int size) {
        Board board = new BoardGenerator(seed).generate(size);
        // Start at any level, some rules off: a rule that first runs when the level rises must then check every sticky.
        Level level = Level.values()[(int) Math.floorMod(seed, Level.values().length)];
        board.apply(new EditSettings(board.settings().withLevel(level).withRules(
                seed % 2 == 0 ? Map.of("event-without-producer", "off", "duplicate-name", "off") : Map.of())));
        Validator validator = Validator.attach(board);
        Map<Finding, Integer> heard = counted(validator.findings());
        validator.addListener(change -> {
            change.removed().forEach(finding -> {
                assertTrue(heard.getOrDefault(finding, 0) > 0, "removed a finding never added: " + finding);
                heard.merge(finding, -1, Integer::sum);
                heard.remove(finding, 0);
            });
            change.added().forEach(finding -> heard.merge(finding, 1, Integer::sum));
        });
        RandomEdits edits = new RandomEdits(seed);
        for (int step = 0; step < 40; step++) {
            try {
                board.apply(edits.next(board));
            } catch (EditRefused refused) {
                continue;
            }
            List<Finding> full = Validator.validate(board);
            assertEquals(full, validator.findings(), "after edit " + step + ": " + difference(full, validator.findings()));
            assertEquals(counted(full), heard, "listeners heard every change, after edit " + step);
            if (step % 7 == 6 && board.canUndo()) {
                board.undo();
                assertEquals(Validator.validate(board), validator.findings(), "after undo at " + step);
            }
        }
    }

    private static Map<Finding, Integer> counted(List<Finding> findings) {
        Map<Finding, Integer> counts = new HashMap<>();
        findings.forEach(finding -> counts.merge(finding, 1, Integer::sum));
        return counts;
    }

    private static String difference(List<Finding> full, List<Finding> incremental) {
        List<Finding> missing = new ArrayList<>(full);
        missing.removeAll(incremental);
        List<Finding> extra = new ArrayList<>(incremental);
        extra.removeAll(full);
        return "missing " + missing + ", extra " + extra;
    }

    @Property(tries = 30)
    void fixesAreEditsTheBoardAccepts(@ForAll long seed) {
        Board board = new BoardGenerator(seed).generate(60);
        RandomEdits edits = new RandomEdits(seed);
        for (int step = 0; step < 30; step++) {
            try {
                board.apply(edits.next(board));
            } catch (EditRefused refused) {
                // part of the game
            }
        }
        List<Finding> withFixes = new ArrayList<>(Validator.validate(board).stream().filter(f -> f.fix() != null).toList());
        for (Finding finding : withFixes) {
            var before = board.snapshot();
            try {
                board.apply(finding.fix().edit());
                board.undo();
            } catch (EditRefused refused) {
                // a fix made stale by an earlier fix may be refused, never half-applied
            }
            assertEquals(before, board.snapshot());
        }
    }
}
