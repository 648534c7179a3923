package org.eventstorm.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eventstorm.model.file.BoardArchive;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.eventstorm.app.cli.EventStormCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad argument gets one line naming what is wrong and what would be right, never a Java class name or a stack
 * trace; and every command that reads a board takes it in every form {@code open} takes (folder, board.yaml, .storm),
 * naming its files as the person named the board.
 */
class PlainMessagesTest {
    /** A Java class name as exceptions print them: {@code java.lang.IllegalArgumentException}, {@code picocli.CommandLine$...}. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error)\\b|\\bat [a-z]+\\.[a-z]");

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "validate ../samples/order-fulfillment --format xml | eventstorm validate: Invalid value for option '--format': 'xml' is not one of text, json or sarif (see eventstorm validate --help)",
            "validate ../samples/order-fulfillment --fail-on sometimes | eventstorm validate: Invalid value for option '--fail-on': 'sometimes' is not one of error, warning or never (see eventstorm validate --help)",
            "validate ../samples/order-fulfillment --today 2025-13-01 | eventstorm validate: Invalid value for option '--today': '2025-13-01' is not a day; write it as YYYY-MM-DD, for example 2026-12-06 (see eventstorm validate --help)",
            "export ../samples/order-fulfillment | eventstorm export: Missing required option: '--to=DIR' (see eventstorm export --help)",
            "export ../samples/order-fulfillment --to out --formt spec | eventstorm export: Unknown options: '--formt', 'spec'; did you mean --format? (see eventstorm export --help)",
            "fmt | eventstorm fmt: Missing required parameter: 'BOARD' (see eventstorm fmt --help)",
            "frobnicate | eventstorm: Unmatched argument at index 0: 'frobnicate'; did you mean validate? (see eventstorm --help)",
    })
    void aBadArgumentIsOneLineWithTheChoices(String arguments, String expected) {
        EventStormCommandTest.Run bad = run(arguments.strip().split(" "));
        assertEquals(2, bad.exitCode());
        assertEquals(expected.strip() + "\n", bad.err());
        assertFalse(CLASS_NAME.matcher(bad.err()).find(), bad.err());
    }

    @Test
    void validateExportAndFmtTakeTheBoardYaml() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Path yaml = board.resolve("board.yaml");
        EventStormCommandTest.Run validated = run("validate", yaml.toString());
        assertEquals(1, validated.exitCode(), validated.err());
        assertTrue(validated.out().startsWith(board + "/hotspots/inventory-sync-delay.md:6: warning unresolved-hotspot"), validated.out());
        assertEquals(0, run("fmt", "--check", yaml.toString()).exitCode());
        EventStormCommandTest.Run exported = run("export", yaml.toString(), "--to", temp.resolve("out").toString(), "--format", "spec");
        assertEquals(0, exported.exitCode(), exported.err());
    }

    @Test
    void validateExportAndFmtTakeAStormFileAndNameItsEntries() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path archive = temp.resolve("gift.storm");
        BoardArchive.pack(board, archive);

        EventStormCommandTest.Run validated = run("validate", archive.toString());
        assertEquals(1, validated.exitCode(), validated.err());
        assertTrue(validated.out().startsWith(archive + "/hotspots/inventory-sync-delay.md:6: warning unresolved-hotspot"), validated.out());

        EventStormCommandTest.Run exported = run("export", archive.toString(), "--to", temp.resolve("out").toString(), "--format", "spec");
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(Files.exists(temp.resolve("out/specs/001-order-processing/event-storming/order-fulfillment/board.yaml")));

        // fmt rewrites the archive in canonical form: a hand-written quote and line ends are put right, inside the .storm file.
        Path placed = board.resolve("events/order-placed.md");
        Files.writeString(placed, Files.readString(placed).replace("version: \"1\"", "version: '1'").replace("\n", "\r\n"));
        BoardArchive.pack(board, archive);
        EventStormCommandTest.Run check = run("fmt", "--check", archive.toString());
        assertEquals(1, check.exitCode(), check.out() + check.err());
        assertEquals(archive + "/events/order-placed.md\n", check.out());
        assertEquals(0, run("fmt", archive.toString()).exitCode());
        assertEquals(0, run("fmt", "--check", archive.toString()).exitCode(), "the archive now holds the canonical file");
        try (var left = Files.list(temp)) {
            assertEquals(3, left.count(), "the board, the archive and the export: nothing unpacked beside the archive");
        }
    }

    @Test
    void aDamagedArchiveNamesItsEntry() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path archive = temp.resolve("gift.storm");
        BoardArchive.pack(board, archive);
        byte[] bytes = Files.readAllBytes(archive);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 8; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(archive, bytes);

        EventStormCommandTest.Run validated = run("validate", archive.toString());

        assertEquals(2, validated.exitCode());
        assertTrue(validated.err().startsWith(archive + ": the entry '"), validated.err());
        assertTrue(validated.err().endsWith("the archive is damaged and was not unpacked (ask for it again)\n"), validated.err());
        assertFalse(CLASS_NAME.matcher(validated.err()).find(), validated.err());
    }
}
