package org.eventstorm.app.cli;

import static org.eventstorm.model.support.BoardFolders.contents;
import static org.eventstorm.model.support.BoardFolders.copy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStormCommandTest {
    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EventStormCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), (board, errors) -> {
            throw new AssertionError("the command line opened a window");
        });
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("EventStorm Studio 0."), version.out());
        Run help = run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("fmt") && help.out().contains("new"), help.out());
        assertEquals(2, run("frobnicate").exitCode());
    }

    @Test
    void newFromTheOrderTemplateIsTheSampleByteForByte() throws IOException {
        Path board = temp.resolve("shop");
        Run created = run("new", board.toString(), "--template", "order");
        assertEquals(0, created.exitCode(), created.err());
        assertEquals("created " + board + " (37 stickies, 39 files)\n", created.out());
        assertEquals(contents(Path.of("../samples/order-fulfillment")), contents(board));
        assertEquals(0, run("fmt", board.toString(), "--check").exitCode());
    }

    @Test
    void newEmptyBoardIsTitledAfterItsFolder() throws IOException {
        Path board = temp.resolve("payment-workshop");
        assertEquals(0, run("new", board.toString()).exitCode());
        assertEquals("title: Payment Workshop\nsession: payment-workshop\nlevel: big-picture\n", Files.readString(board.resolve("board.yaml")));
    }

    @Test
    void newRefusesANonEmptyFolderAndAnUnknownTemplate() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");
        Run refused = run("new", temp.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("already exists and is not an empty folder"), refused.err());
        assertEquals("mine", Files.readString(temp.resolve("notes.txt")));
        Run unknown = run("new", temp.resolve("x").toString(), "--template", "banana");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown template 'banana'; use one of"), unknown.err());
    }

    @Test
    void fmtCheckPassesOnEverySample() {
        for (String sample : new String[] {"order-fulfillment", "user-registration", "empty"}) {
            Run check = run("fmt", "../samples/" + sample, "--check");
            assertEquals(0, check.exitCode(), sample + ": " + check.out() + check.err());
            assertEquals("", check.out());
        }
    }

    @Test
    void fmtCheckListsNonCanonicalFilesThenFmtFixesThem() throws IOException {
        Path board = temp.resolve("board");
        copy(Path.of("../samples/order-fulfillment"), board);
        Path event = board.resolve("events/order-placed.md");
        String canonical = Files.readString(event);
        Files.writeString(event, canonical.replace("version: \"1\"", "version: '1'").replace("\n", "\r\n"));
        Run check = run("fmt", board.toString(), "--check");
        assertEquals(1, check.exitCode());
        assertEquals(board.resolve("events/order-placed.md") + "\n", check.out());
        Run format = run("fmt", board.toString());
        assertEquals(0, format.exitCode());
        assertEquals("formatted " + board.resolve("events/order-placed.md") + "\n", format.out());
        assertEquals(canonical, Files.readString(event));
        assertEquals(0, run("fmt", board.toString(), "--check").exitCode());
    }

    @Test
    void fmtReportsMalformedFilesAsPathLineMessageAndExits2() throws IOException {
        Path board = temp.resolve("board");
        copy(Path.of("../samples/order-fulfillment"), board);
        Files.writeString(board.resolve("events/broken.md"), "---\ntype: event-storming-event\n---\n");
        Run check = run("fmt", board.toString(), "--check");
        assertEquals(2, check.exitCode());
        assertEquals(board.resolve("events/broken.md") + ":2: error: has no 'name'; add 'name: ...' to the front matter,"
                + " e.g. 'name: Order Placed'\n", check.err());
    }

    @Test
    void fmtOnAMissingFolderExits2() {
        Run missing = run("fmt", temp.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertEquals(temp.resolve("nowhere") + ": error: does not exist; give the board folder, its board.yaml or a .storm file\n", missing.err());
    }
}
