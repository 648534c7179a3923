package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.MoveSticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed sticky file gives a located, plain-language problem; the rest of the board loads; the file is
 * never rewritten, and no new sticky takes its name.
 */
class MalformedFilesTest {
    private static final int SAMPLE_SIZE = 37;

    @TempDir
    Path temp;

    static Stream<Arguments> cases() {
        String valid = "---\ntype: event-storming-event\nname: Broken\n---\n\n# Domain Event: Broken\n";
        StringBuilder bomb = new StringBuilder("---\ntype: event-storming-event\nname: Bomb\na: &a [\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(",*").append((char) (c - 1)).append("]\n");
        }
        bomb.append("---\n");
        StringBuilder deep = new StringBuilder("---\ntype: event-storming-event\nname: Deep\nx: ");
        deep.append("[".repeat(200)).append("]".repeat(200)).append("\n---\n");
        byte[] latin1 = "---\ntype: event-storming-event\nname: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] huge = new byte[(int) BoardReader.MAX_STICKY_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        return Stream.of(
                Arguments.of("bad YAML", valid.replace("name: Broken", "name: [Broken"), 3,
                        "front matter is not valid YAML"),
                Arguments.of("alias bomb", bomb.toString(), 4, "front matter uses a YAML anchor (&a)"),
                Arguments.of("alias", valid.replace("name: Broken", "name: Broken\nother: *a"), 4, "uses a YAML alias (*a)"),
                Arguments.of("anchor", valid.replace("name: Broken", "name: Broken\nextra: &list [1, 2]"), 4, "uses a YAML anchor (&list)"),
                Arguments.of("deep nesting", deep.toString(), 4, "is nested more than 32 levels deep"),
                Arguments.of("missing name", valid.replace("name: Broken\n", ""), 2, "has no 'name'; add 'name: ...'"),
                Arguments.of("blank name", valid.replace("name: Broken", "name: \"  \""), 3, "'name' should be the sticky's name"),
                Arguments.of("wrong type", valid.replace("event-storming-event", "event-storming-command"), 2,
                        "type is event-storming-command but the file is in events/; move the file to commands/ or change the type to event-storming-event"),
                Arguments.of("unknown type", valid.replace("event-storming-event", "sticky"), 2, "type 'sticky' is not a sticky type"),
                Arguments.of("missing type", valid.replace("type: event-storming-event\n", ""), 2, "has no 'type'; add 'type: event-storming-event'"),
                Arguments.of("duplicate key", valid.replace("name: Broken", "name: Broken\nname: Again"), 4, "has the key 'name' twice (first on line 2)"),
                Arguments.of("list, not mapping", "---\n- a\n- b\n---\n", 2, "must be 'key: value' lines"),
                Arguments.of("no front matter", "# Domain Event: Broken\n", 1, "does not start with '---'"),
                Arguments.of("unclosed front matter", "---\ntype: event-storming-event\nname: Broken\n", 1, "is never closed"),
                Arguments.of("empty", "", 0, "is empty"),
                Arguments.of("whitespace only", "  \n\n", 0, "is empty"),
                Arguments.of("non-UTF-8", latin1, 3, "is not UTF-8 text (byte 0xE9)"),
                Arguments.of("binary", new byte[] {'-', '-', '-', '\n', 0, 1, 2, 3}, 2, "contains NUL characters"),
                Arguments.of("huge", huge, 0, "a sticky file is a short note, so it was not read"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedFileIsReportedAndLeftUntouched(String label, Object content, int line, String message) throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Path broken = board.resolve("events/broken.md");
        byte[] bytes = content instanceof byte[] raw ? raw : ((String) content).getBytes(StandardCharsets.UTF_8);
        Files.write(broken, bytes);

        LoadedBoard loaded = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> BoardReader.read(board));

        Problem problem = loaded.problems().stream().filter(p -> p.path().equals("events/broken.md")).findFirst().orElseThrow();
        assertTrue(problem.isError(), problem.toString());
        assertEquals(line, problem.line(), problem.toString());
        assertTrue(problem.message().contains(message), problem + " should say: " + message);
        assertEquals(SAMPLE_SIZE, loaded.board().size(), "the rest of the board loads");
        assertFalse(loaded.board().contains(StickyId.parse("events/broken").orElseThrow()));

        Board edited = loaded.board();
        StickyId placed = StickyId.parse("events/order-placed").orElseThrow();
        edited.apply(new MoveSticky(placed, edited.geometry(placed).orElseThrow().movedBy(10, 0)));
        var change = edited.apply(AddSticky.at(StickyKind.EVENT.create("Broken"), new Geometry(0, 2000, 170, 110)));
        assertEquals(List.of(StickyId.parse("events/broken-2").orElseThrow()), change.addedIds(), "a new sticky does not take the broken file's name");
        loaded.files().save(edited);
        assertArrayEquals(bytes, Files.readAllBytes(broken), "the malformed file is never rewritten");
        assertTrue(Files.exists(board.resolve("events/broken-2.md")));
    }

    @Test
    void problemsReadAsPathLineMessage() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Files.writeString(board.resolve("events/broken.md"), "---\ntype: event-storming-event\nname: [Broken\n---\n");
        Problem problem = BoardReader.read(board).problems().get(0);
        assertEquals("events/broken.md:3: front matter is not valid YAML: expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence)", problem.toString());
    }

    @Test
    void unknownFolderIsReportedWithASuggestion() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        BoardFolders.write(board.resolve("event/typo.md"), "---\ntype: event-storming-event\nname: Typo\n---\n");
        LoadedBoard loaded = BoardReader.read(board);
        assertEquals(List.of("event/: warning: is not a sticky folder, so its files were not loaded; did you mean events/?"),
                loaded.problems().stream().map(Problem::toString).toList());
        assertEquals(SAMPLE_SIZE, loaded.board().size());
    }

    @Test
    void symbolicLinkOutsideTheBoardIsNotFollowed() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Path outside = temp.resolve("secret.md");
        Files.writeString(outside, "---\ntype: event-storming-event\nname: Secret\n---\n");
        Files.createSymbolicLink(board.resolve("events/secret.md"), outside);
        LoadedBoard loaded = BoardReader.read(board);
        Problem problem = loaded.problems().get(0);
        assertEquals("events/secret.md", problem.path());
        assertTrue(problem.message().contains("is a symbolic link"), problem.toString());
        assertEquals(SAMPLE_SIZE, loaded.board().size());
        loaded.board().apply(AddSticky.at(StickyKind.EVENT.create("Secret"), null));
        loaded.files().save(loaded.board());
        assertEquals("---\ntype: event-storming-event\nname: Secret\n---\n", Files.readString(outside));
    }

    @Test
    void anUnknownLanguageOrEventTypeConventionIsLocated() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Path yaml = board.resolve("board.yaml");
        String sample = Files.readString(yaml);
        Files.writeString(yaml, sample.replace("level: design\n", "level: design\nlanguage: klingon!\n"));
        assertEquals("board.yaml:5: language 'klingon!' should be a language code such as en, de or fr (the board opens with default"
                + " settings; board.yaml is left untouched until it is fixed)", BoardReader.read(board).problems().get(0).toString());
        Files.writeString(yaml, sample.replace("level: design\n", "level: design\nevent_types: kebab\n"));
        assertEquals("board.yaml:5: event_types 'kebab' is not one of versioned ({domain}.{entity}.{action}.v{n}) or cloudevents"
                + " ({domain}.{aggregate}.{Event}) (the board opens with default settings; board.yaml is left untouched until it is fixed)",
                BoardReader.read(board).problems().get(0).toString());
    }

    @Test
    void malformedBoardYamlKeepsTheStickiesAndIsNotRewritten() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Path yaml = board.resolve("board.yaml");
        String broken = Files.readString(yaml).replace("level: design", "level: workshop");
        Files.writeString(yaml, broken);
        LoadedBoard loaded = BoardReader.read(board);
        assertEquals("board.yaml:4: level 'workshop' is not one of big-picture, process, design (the board opens with default"
                + " settings; board.yaml is left untouched until it is fixed)", loaded.problems().get(0).toString());
        assertEquals(SAMPLE_SIZE, loaded.board().size());
        StickyId placed = StickyId.parse("events/order-placed").orElseThrow();
        loaded.board().apply(new MoveSticky(placed, new Geometry(0, 0, 170, 110)));
        SaveResult result = loaded.files().save(loaded.board());
        assertEquals(broken, Files.readString(yaml));
        assertTrue(result.problems().get(0).message().startsWith("has errors, so it was not rewritten"));
    }

    @Test
    void missingBoardYamlOpensWithDefaultsAndPlacesEveryone() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Files.delete(board.resolve("board.yaml"));
        LoadedBoard loaded = BoardReader.read(board);
        assertEquals("board.yaml: note: is missing; the board opens with default settings and the file is created when the"
                + " board is saved", loaded.problems().get(0).toString());
        assertEquals(SAMPLE_SIZE, loaded.board().geometries().size());
        for (Geometry a : loaded.board().geometries().values()) {
            long overlapping = loaded.board().geometries().values().stream().filter(a::intersects).count();
            assertEquals(1, overlapping, "auto-placed stickies do not overlap");
        }
        loaded.files().save(loaded.board());
        assertTrue(Files.exists(board.resolve("board.yaml")));
    }

    @Test
    void geometryForAMissingFileIsDroppedWithAWarning() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Files.delete(board.resolve("events/order-confirmed.md"));
        LoadedBoard loaded = BoardReader.read(board);
        assertEquals(List.of("board.yaml:35: warning: has a place for events/order-confirmed, which has no sticky file; the place is"
                + " dropped when the board is saved"), loaded.problems().stream().map(Problem::toString).toList());
    }
}
