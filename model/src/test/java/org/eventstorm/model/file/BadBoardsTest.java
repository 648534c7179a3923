package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.MoveSticky;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.BadBoards;
import org.eventstorm.model.support.BoardFolders;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Validator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every board of the bad-input corpus opens within a second with located, plain-language problems (or none, for the
 * cases that are merely unusual); the validator runs on it; an edit and a save write only inside the board and never
 * touch a file that could not be read.
 */
class BadBoardsTest {
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @TempDir
    Path temp;

    static List<BadBoards.Case> cases() {
        return BadBoards.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void opensWithLocatedProblemsAndSavesOnlyInsideTheBoard(BadBoards.Case bad) throws Exception {
        Path board = bad.build(temp);
        Map<String, String> before = BadBoards.tree(temp);

        LoadedBoard loaded = assertTimeoutPreemptively(ONE_SECOND, () -> BoardReader.read(board), "reading " + bad);
        List<String> problems = loaded.problems().stream().map(Problem::toString).toList();
        List<Finding> findings = assertTimeoutPreemptively(ONE_SECOND, () -> Validator.validate(loaded.board()), "validating " + bad);
        for (Problem problem : loaded.problems()) {
            assertFalse(problem.path().isBlank(), problem.toString());
            assertFalse(problem.path().startsWith("/") || problem.path().contains(".." + "/"), "a problem names a path inside the board: " + problem);
            assertTrue(problem.toString().startsWith(problem.path() + ":"), problem.toString());
            assertFalse(problem.message().contains("Exception"), "a message for people, not a stack trace: " + problem);
        }
        for (String expected : bad.expected()) {
            if (expected.startsWith("finding: ")) {
                String fragment = expected.substring("finding: ".length());
                assertTrue(findings.stream().anyMatch(f -> f.message().contains(fragment) && f.severity() != null),
                        bad + " should have a finding with: " + fragment);
            } else {
                assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)), bad + " should say " + expected + "; it said " + problems);
            }
        }
        if (bad.isSafe()) {
            assertEquals(List.of(), loaded.problems().stream().filter(Problem::isError).map(Problem::toString).toList(), bad + " opens cleanly");
        }

        Board edited = loaded.board();
        int x = 0;
        for (StickyKind kind : StickyKind.values()) {
            edited.apply(AddSticky.at(kind.create("Added In The Test"), new Geometry(x += 200, 5000, 160, 100)));
        }
        edited.geometries().keySet().stream().findFirst().ifPresent(id -> edited.apply(new MoveSticky(id, edited.geometry(id).orElseThrow().movedBy(10, 10))));
        SaveResult saved = assertTimeoutPreemptively(ONE_SECOND, () -> loaded.files().save(edited), "saving " + bad);
        long refused = saved.problems().stream().filter(Problem::isError).filter(p -> p.path().endsWith("added-in-the-test.md")).count();

        Map<String, String> after = BadBoards.tree(temp);
        Set<String> changed = BoardFolders.changed(before, after);
        Set<String> outside = changed.stream().filter(path -> !path.startsWith(bad.name() + "/board/")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), outside, "the save wrote only inside the board");
        Set<String> unreadable = loaded.problems().stream().filter(Problem::isError).map(p -> bad.name() + "/board/" + p.path()).collect(
                Collectors.toCollection(TreeSet::new));
        unreadable.retainAll(changed);
        assertEquals(Set.of(), unreadable, "a file that could not be read is left as it was");

        LoadedBoard again = assertTimeoutPreemptively(ONE_SECOND, () -> BoardReader.read(board));
        Set<String> errorsBefore = loaded.problems().stream().filter(Problem::isError).map(Problem::path).collect(Collectors.toSet());
        List<String> newErrors = again.problems().stream().filter(Problem::isError).filter(p -> !errorsBefore.contains(p.path())).map(
                Problem::toString).toList();
        assertEquals(List.of(), newErrors, "the save made nothing worse");
        assertEquals(edited.size() - refused, again.board().size(), "everything saved reads back");
    }
}
