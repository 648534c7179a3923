package org.eventstorm.model.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code .storm} files made by an attacker: what {@code unpack} restores is only what {@code pack} packs, and a
 * damaged, doctored or oversized archive is refused whole, leaving nothing behind.
 */
class HostileArchiveTest {
    /** The start of an ELF shared library: what a planted native library looks like. */
    private static final byte[] ELF = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0};

    @TempDir
    Path temp;

    @Test
    void hiddenEntriesAndBinariesAreNotRestored() throws IOException {
        Path archive = temp.resolve("gift.storm");
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "board.yaml", "title: Gift\n".getBytes(StandardCharsets.UTF_8));
            entry(zip, "events/order-placed.md", "---\ntype: event\nname: Order Placed\n---\n".getBytes(StandardCharsets.UTF_8));
            entry(zip, ".git/config", "[core]\n\tfsmonitor = touch /tmp/owned\n".getBytes(StandardCharsets.UTF_8));
            entry(zip, ".git/hooks/post-checkout", "#!/bin/sh\ntouch /tmp/owned\n".getBytes(StandardCharsets.UTF_8));
            entry(zip, ".envrc", "touch /tmp/owned\n".getBytes(StandardCharsets.UTF_8));
            entry(zip, "events/.hidden.md", "x".getBytes(StandardCharsets.UTF_8));
            entry(zip, "jni/libj2v8_linux_x86_64.so", ELF);
            entry(zip, "notes/README.md", "# Notes\nPlain text beside the board travels too.\n".getBytes(StandardCharsets.UTF_8));
        }
        Path into = temp.resolve("gift");

        BoardArchive.Result result = BoardArchive.unpack(archive, into);

        assertEquals(3, result.files());
        assertEquals("[.envrc (hidden), .git/config (hidden), .git/hooks/post-checkout (hidden), events/.hidden.md (hidden),"
                + " jni/libj2v8_linux_x86_64.so (not plain text)]", result.leftOut().toString());
        try (Stream<Path> files = Files.walk(into)) {
            assertEquals(List.of("board.yaml", "events", "events/order-placed.md", "notes", "notes/README.md"),
                    files.filter(path -> !path.equals(into)).map(path -> into.relativize(path).toString().replace('\\', '/')).sorted().toList());
        }
    }

    @Test
    void noUnpackedFileCanBeExecuted() throws IOException {
        Path archive = temp.resolve("gift.storm");
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "board.yaml", "title: Gift\n".getBytes(StandardCharsets.UTF_8));
            entry(zip, "run.sh", "#!/bin/sh\necho hello\n".getBytes(StandardCharsets.UTF_8));
        }
        // Mark every entry executable in the central directory (rwxr-xr-x, as zip -X would from a Unix file).
        byte[] bytes = Files.readAllBytes(archive);
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 <= bytes.length; at++) {
            if (zip.getInt(at) == 0x02014b50) {
                zip.putShort(at + 4, (short) (3 << 8 | 20));
                zip.putInt(at + 38, 0100755 << 16);
            }
        }
        Files.write(archive, bytes);
        Path into = temp.resolve("gift");

        BoardArchive.unpack(archive, into);

        for (String name : List.of("board.yaml", "run.sh")) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(into.resolve(name));
            assertFalse(permissions.contains(PosixFilePermission.OWNER_EXECUTE) || permissions.contains(PosixFilePermission.GROUP_EXECUTE)
                    || permissions.contains(PosixFilePermission.OTHERS_EXECUTE), name + " " + permissions);
        }
    }

    @Test
    void packLeavesOutWhatUnpackWouldNotRestore() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Files.createDirectories(board.resolve("jni"));
        Files.write(board.resolve("jni/libj2v8_linux_x86_64.so"), ELF);
        BoardFolders.write(board.resolve(".envrc"), "touch /tmp/owned\n");
        BoardFolders.write(board.resolve("notes.txt"), "kept\n");

        BoardArchive.Result packed = BoardArchive.pack(board, temp.resolve("board.storm"));

        assertEquals(40, packed.files(), "the board's 39 files and notes.txt");
        assertEquals("[.envrc (hidden), jni/libj2v8_linux_x86_64.so (not plain text)]", packed.leftOut().toString());
    }

    @Test
    void flippedBytesInsideAnEntryRefuseTheArchiveAndWriteNothing() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Path archive = temp.resolve("board.storm");
        BoardArchive.pack(board, archive);
        byte[] bytes = Files.readAllBytes(archive);
        // The middle of the archive is deflated entry data: flip a run of bytes there.
        for (int i = bytes.length / 2; i < bytes.length / 2 + 8; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(archive, bytes);
        Path into = temp.resolve("into");

        IOException refused = assertThrows(IOException.class, () -> BoardArchive.unpack(archive, into));

        assertTrue(refused.getMessage().startsWith(archive + ": the entry '"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("the archive is damaged and was not unpacked (ask for it again)"), refused.getMessage());
        assertNothingLeftBesides(board, archive);
    }

    @Test
    void aStoredEntryWithTheWrongChecksumIsRefused() throws IOException {
        Path archive = temp.resolve("board.storm");
        byte[] text = "title: Stored\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry("board.yaml");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(text.length);
            CRC32 crc = new CRC32();
            crc.update(text);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(text);
            zip.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(archive);
        int at = indexOf(bytes, text);
        bytes[at + 7] = 'X';
        Files.write(archive, bytes);

        IOException refused = assertThrows(IOException.class, () -> BoardArchive.unpack(archive, temp.resolve("into")));

        assertEquals(archive + ": the entry 'board.yaml' fails its checksum; the archive is damaged and was not unpacked (ask for it again)",
                refused.getMessage());
        assertNothingLeftBesides(archive);
    }

    @Test
    void aBombThatUnderstatesItsSizeStopsAtTheSizeItStated() throws IOException {
        Path archive = temp.resolve("bomb.storm");
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("events/huge.md"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 600; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(archive) < 1024 * 1024, "600 MB of zeros packs into well under a megabyte");
        // The central directory now claims the entry unpacks to 1,000 bytes.
        byte[] bytes = Files.readAllBytes(archive);
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 <= bytes.length; at++) {
            if (zip.getInt(at) == 0x02014b50) {
                zip.putInt(at + 24, 1000);
            }
        }
        Files.write(archive, bytes);
        long start = System.nanoTime();

        IOException refused = assertThrows(IOException.class, () -> BoardArchive.unpack(archive, temp.resolve("into")));

        assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "refused at once, not after inflating 600 MB");
        assertTrue(refused.getMessage().contains("the entry 'events/huge.md' is longer than it says"), refused.getMessage());
        assertNothingLeftBesides(archive);
    }

    @Test
    void anArchiveWithMoreEntriesThanAnyBoardIsRefusedBeforeAnythingIsRead() throws IOException {
        Path archive = temp.resolve("many.storm");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(archive)); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(0);
            for (int i = 0; i <= BoardArchive.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("n/" + i));
                zip.closeEntry();
            }
        }
        long start = System.nanoTime();

        IOException refused = assertThrows(IOException.class, () -> BoardArchive.unpack(archive, temp.resolve("into")));

        assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "refused at once");
        assertEquals(archive + ": holds 100001 entries, more than the 100000 of the largest board; it was not unpacked", refused.getMessage());
        assertNothingLeftBesides(archive);
    }

    private void assertNothingLeftBesides(Path... kept) throws IOException {
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(Set.of(kept), Set.copyOf(left.toList()), "no scratch folder and no board are left behind");
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer : for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
