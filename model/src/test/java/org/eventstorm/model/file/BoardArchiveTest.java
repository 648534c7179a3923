package org.eventstorm.model.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eventstorm.model.support.BadBoards;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A board packed into one .storm file and unpacked again; archives made to escape their folder are refused whole. */
class BoardArchiveTest {
    @TempDir
    Path temp;

    @Test
    void packThenUnpackGivesTheSameBoardWithoutHiddenFiles() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        BoardFolders.write(board.resolve(".git/config"), "[core]\n");
        BoardFolders.write(board.resolve("events/.order-placed.md.swp"), "swap");
        Path archive = temp.resolve("order-fulfillment.storm");

        BoardArchive.Result packed = BoardArchive.pack(board, archive);
        assertEquals(39, packed.files(), "37 stickies, the saga and board.yaml");
        assertEquals("[.git/ (hidden), events/.order-placed.md.swp (hidden)]", packed.leftOut().toString());
        Path unpacked = BoardArchive.folderFor(archive);
        assertEquals(temp.resolve("order-fulfillment"), unpacked);
        Path into = temp.resolve("received");
        assertEquals(39, BoardArchive.unpack(archive, into).files());
        assertEquals(BoardFolders.contents(BoardFolders.SAMPLES.resolve("order-fulfillment")), BoardFolders.contents(into));
        assertEquals(List.of(), BoardReader.read(into).problems());

        byte[] first = Files.readAllBytes(archive);
        BoardArchive.pack(board, archive);
        assertArrayEquals(first, Files.readAllBytes(archive), "packing is reproducible: the same board gives the same bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x", "../x.md", "events/../../x.md", "/etc/passwd", "C:/Windows/x", "events\\..\\..\\x.md", "events//x.md",
            "./board.yaml", "events/\u0007.md"})
    void anEntryThatWouldLeaveTheFolderIsRefusedAndNothingIsWritten(String name) throws IOException {
        Path archive = zip(temp.resolve("evil.storm"), "board.yaml", "title: Fine\n", name, "owned\n");
        Path into = temp.resolve("into");
        IOException refused = assertThrows(IOException.class, () -> BoardArchive.unpack(archive, into));
        assertTrue(refused.getMessage().startsWith(archive + ": the entry '"), refused.getMessage());
        assertTrue(refused.getMessage().contains("the archive was not unpacked"), refused.getMessage());
        assertFalse(Files.exists(into), "nothing is unpacked, not even the good entries");
        assertFalse(Files.exists(temp.getParent().resolve("x")) || Files.exists(temp.resolve("x.md")) || Files.exists(Path.of("/tmp/x")));
        try (var left = Files.list(temp)) {
            assertEquals(List.of(archive), left.toList(), "no scratch folder is left behind");
        }
    }

    @Test
    void theClassicZipSlipEntryNamesTheProblem() throws IOException {
        Path archive = zip(temp.resolve("evil.storm"), "../../x", "owned\n");
        IOException refused = assertThrows(IOException.class, () -> BoardArchive.unpack(archive, temp.resolve("into")));
        assertEquals(archive + ": the entry '../../x' points outside the folder it is unpacked into; the archive was not unpacked"
                + " (a .storm file holds only the board's own files)", refused.getMessage());
    }

    @Test
    void aZipBombIsRefusedByItsDeclaredSizeBeforeAnythingIsWritten() throws IOException {
        Path archive = temp.resolve("bomb.storm");
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("events/huge.md"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 70; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(archive) < 1024 * 1024, "70 MB of zeros packs small");
        IOException refused = assertThrows(IOException.class, () -> BoardArchive.unpack(archive, temp.resolve("into")));
        assertEquals(archive + ": the entry 'events/huge.md' unpacks to 70 MB, more than the 64 MB a board file may have;"
                + " the archive was not unpacked", refused.getMessage());
        assertFalse(Files.exists(temp.resolve("into")));
    }

    @Test
    void notAZipAndANonEmptyTargetAreRefused() throws IOException {
        Path junk = Files.writeString(temp.resolve("junk.storm"), "not a zip");
        IOException notZip = assertThrows(IOException.class, () -> BoardArchive.unpack(junk, temp.resolve("into")));
        assertTrue(notZip.getMessage().startsWith(junk + ": is not a .storm file"), notZip.getMessage());
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Path archive = temp.resolve("board.storm");
        BoardArchive.pack(board, archive);
        IOException full = assertThrows(IOException.class, () -> BoardArchive.unpack(archive, board));
        assertEquals(board + ": is not empty; unpack into a new folder, or remove what is there first", full.getMessage());
    }

    @Test
    void everyBadBoardPacksAndUnpacksWithoutFollowingItsLinks() throws IOException {
        for (BadBoards.Case bad : BadBoards.generated().stream().filter(bad -> bad.name().startsWith("symlink-")).toList()) {
            Path board = bad.build(temp);
            Path archive = temp.resolve(bad.name() + ".storm");
            BoardArchive.pack(board, archive);
            Path into = temp.resolve(bad.name() + "-unpacked");
            BoardArchive.unpack(archive, into);
            try (var files = Files.walk(into)) {
                assertTrue(files.noneMatch(Files::isSymbolicLink), bad + ": no link is packed");
            }
            assertFalse(BoardFolders.contents(into).values().stream().anyMatch(text -> text.contains("name: Secret")),
                    bad + ": what a link pointed at outside the board is not packed");
        }
    }

    private static Path zip(Path archive, String... namesAndTexts) throws IOException {
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return archive;
    }
}
