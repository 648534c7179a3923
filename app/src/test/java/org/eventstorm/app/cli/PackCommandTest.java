package org.eventstorm.app.cli;

import static org.eventstorm.app.cli.EventStormCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eventstorm.app.document.BoardLocation;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandTest {
    @TempDir
    Path temp;

    @Test
    void packThenUnpackThenValidate() {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        EventStormCommandTest.Run pack = run("pack", board.toString());
        assertEquals(0, pack.exitCode(), pack.err());
        Path archive = temp.resolve("order-fulfillment.storm");
        assertEquals("packed 39 files of " + board + " into " + archive + "\n", pack.out());

        EventStormCommandTest.Run unpack = run("unpack", archive.toString(), "--to", temp.resolve("received").toString());
        assertEquals(0, unpack.exitCode(), unpack.err());
        assertEquals("unpacked 39 files into " + temp.resolve("received") + "\n", unpack.out());
        assertEquals(1, run("validate", temp.resolve("received").toString()).exitCode(), "the sample's open hotspot is an error finding");
    }

    @Test
    void aZipSlipArchiveIsRefusedWithAClearMessageAndNothingIsWritten() throws IOException {
        Path archive = temp.resolve("evil.storm");
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("board.yaml"));
            zip.write("title: Looks Fine\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("../../x"));
            zip.write("owned\n".getBytes(StandardCharsets.UTF_8));
        }
        EventStormCommandTest.Run unpack = run("unpack", archive.toString());
        assertEquals(2, unpack.exitCode());
        assertEquals("eventstorm unpack: " + archive + ": the entry '../../x' points outside the folder it is unpacked into; the archive"
                + " was not unpacked (a .storm file holds only the board's own files)\n", unpack.err());
        try (var left = Files.list(temp)) {
            assertEquals(List.of(archive), left.toList(), "nothing is unpacked");
        }
        assertFalse(Files.exists(temp.getParent().resolve("x")));
    }

    @Test
    void aStormFileOpensAsABoardUnpackedBesideIt() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("sent"));
        Path archive = temp.resolve("workshop.storm");
        assertEquals(0, run("pack", board.toString(), "-o", archive.toString()).exitCode());
        assertEquals(temp.resolve("workshop"), BoardLocation.folderOf(archive));
        assertEquals(temp.resolve("workshop-2"), BoardLocation.folderOf(archive), "a second open does not unpack over the first");
        assertTrue(Files.exists(temp.resolve("workshop-2/board.yaml")));
        assertEquals(board, BoardLocation.folderOf(board.resolve("board.yaml")));
    }

    @Test
    void theBoardsPictureOpensAsTheBoard() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("drawn"));
        Path out = temp.resolve("out");
        assertEquals(0, run("export", board.toString(), "--to", out.toString(), "--format", "picture").exitCode());
        Path picture = out.resolve("picture/board.svg");
        assertEquals(out.resolve("picture/board"), BoardLocation.folderOf(picture), "opened as a board unpacked beside it");
        assertEquals(BoardFolders.contents(board), BoardFolders.contents(out.resolve("picture/board")), "byte for byte");
        EventStormCommandTest.Run unpack = run("unpack", picture.toString(), "--to", temp.resolve("again").toString());
        assertEquals(0, unpack.exitCode(), unpack.err());
        assertEquals(BoardFolders.contents(board), BoardFolders.contents(temp.resolve("again")));
        EventStormCommandTest.Run validate = run("validate", picture.toString());
        assertEquals(1, validate.exitCode(), "the sample's open hotspot: " + validate.err());
        assertTrue(validate.out().startsWith(picture + "/hotspots/"), validate.out());
        byte[] drawn = Files.readAllBytes(picture);
        assertEquals(0, run("fmt", picture.toString()).exitCode(), "its board is canonical: nothing to rewrite");
        Path documents = temp.resolve("asyncapi");
        assertEquals(0, run("export", "../samples/user-registration", "--to", documents.toString(), "--format", "asyncapi").exitCode());
        EventStormCommandTest.Run changed = run("import", "asyncapi", documents.resolve("asyncapi").toString(), "--into", picture.toString());
        assertEquals(2, changed.exitCode());
        assertTrue(changed.err().contains(picture + ": is a picture of the board, which is not rewritten; unpack it (eventstorm unpack board.svg)"),
                changed.err());
        assertTrue(java.util.Arrays.equals(drawn, Files.readAllBytes(picture)), "the picture is as it was");
    }
}
