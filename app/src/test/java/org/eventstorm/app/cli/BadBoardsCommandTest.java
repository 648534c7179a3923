package org.eventstorm.app.cli;

import static org.eventstorm.app.cli.EventStormCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.ExportRun;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.file.Problem;
import org.eventstorm.model.support.BadBoards;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line on every board of the bad-input corpus: {@code validate} names each problem as
 * {@code path:line: message} with the right exit code and prints no control characters (a hostile name cannot drive
 * the terminal); {@code export} refuses a board with unreadable files, and every format, even forced on such a board,
 * writes only inside the target and changes nothing in the board.
 */
class BadBoardsCommandTest {
    @TempDir
    Path temp;

    static List<BadBoards.Case> cases() {
        return BadBoards.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateAndExportAreSafe(BadBoards.Case bad) throws Exception {
        Path board = bad.build(temp);
        Path out = temp.resolve("out");
        Map<String, String> before = BadBoards.tree(temp);
        LoadedBoard loaded = BoardReader.read(board);
        boolean unreadable = loaded.problems().stream().anyMatch(Problem::isError);

        EventStormCommandTest.Run validate = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run("validate", board.toString()));
        if (unreadable) {
            assertEquals(ExitCodes.BAD_INPUT, validate.exitCode(), "a board with unreadable files fails validation: " + validate.err());
        } else {
            assertTrue(validate.exitCode() == ExitCodes.OK || validate.exitCode() == ExitCodes.FINDINGS, validate.err());
        }
        String printed = validate.out() + validate.err();
        for (String expected : bad.expected()) {
            if (!expected.startsWith("finding: ")) {
                int colon = expected.indexOf(": ");
                String path = expected.substring(0, colon).replaceFirst(":\\d+$", "").replaceFirst("/$", "");
                String message = expected.substring(colon + 2).replaceFirst("^warning: ", "");
                assertTrue(printed.lines().anyMatch(line -> line.contains("/" + path + ":") && line.contains(message)),
                        bad + ": validate should print " + path + " with " + message + "; it printed " + printed);
            }
        }
        assertPlain(printed);

        EventStormCommandTest.Run export = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run("export", board.toString(), "--to", out.toString(), "--format", "all"));
        assertPlain(export.out() + export.err());
        assertEquals(unreadable ? ExitCodes.BAD_INPUT : ExitCodes.OK, export.exitCode(), export.err());

        if (unreadable) {
            // What the command refused, forced: every format on what could be read still writes only into its target.
            Path forced = temp.resolve("forced");
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ExportRun.run(ExportInput.of(loaded), TargetFolder.at(forced),
                    List.copyOf(ExportCommand.exporters().values()), new ExportRun.Listener() {}));
        }

        Map<String, String> after = BadBoards.tree(temp);
        Set<String> changed = BoardFolders.changed(before, after);
        changed.removeIf(path -> path.startsWith("out/") || path.startsWith("forced/"));
        assertEquals(Set.of(), changed, "exports write only inside their target");
        assertFalse(unreadable && after.keySet().stream().anyMatch(path -> path.startsWith("out/") && !path.endsWith("/")),
                "a refused export writes nothing");
    }

    /** No control characters but line ends and tabs: printed text cannot move the cursor or clear the screen. */
    private static void assertPlain(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            assertFalse(Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r',
                    String.format("printed U+%04X at %d: %s", (int) c, i, printed));
        }
    }
}
