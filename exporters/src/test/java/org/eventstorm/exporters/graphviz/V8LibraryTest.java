package org.eventstorm.exporters.graphviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.eventstorm.render.CacheFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Graphviz engine's native library: the copy loaded is J2V8 4.6.0's, checked, with its stack not executable, in a
 * cache folder only this user can write; a damaged or planted copy there is replaced before anything loads it.
 */
class V8LibraryTest {
    @TempDir
    Path temp;

    @Test
    void theCopyLoadedIsThePublishedLibraryWithItsStackNotExecutable() throws IOException {
        byte[] copy = V8Library.loadableCopy();
        assertEquals(V8Library.LOADED_SHA256, V8Library.sha256(copy));
        assertEquals(7, stackFlags(V8Library.class.getResourceAsStream(V8Library.RESOURCE).readAllBytes()), "published: RWE");
        assertEquals(6, stackFlags(copy), "loaded: RW");
    }

    @Test
    void theCacheFolderFollowsXdgAndIgnoresARelativeOne() {
        assertEquals(Path.of("/x/cache/eventstorm"), CacheFolder.of(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/eventstorm"), CacheFolder.of(Map.of("XDG_CACHE_HOME", "cache"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/eventstorm"), CacheFolder.of(Map.of(), "/home/u"));
    }

    @Test
    void aCacheFolderOthersCouldWriteOrALinkIsNotUsed() throws IOException {
        Path shared = Files.createDirectory(temp.resolve("shared"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertTrue(assertThrows(IOException.class, () -> CacheFolder.ensurePrivate(shared)).getMessage().contains("can be written by other users"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), Files.createDirectory(temp.resolve("real")));
        assertTrue(assertThrows(IOException.class, () -> CacheFolder.ensurePrivate(link)).getMessage().contains("is not a folder (or is a link)"));
        Path made = CacheFolder.ensurePrivate(temp.resolve("new/eventstorm"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
    }

    @Test
    void aDamagedOrPlantedCopyInTheCacheIsNotTakenForTheLibrary() throws IOException {
        Path library = temp.resolve(V8Library.FILE_NAME);
        Files.write(library, new byte[] {0x7f, 'E', 'L', 'F'});
        assertFalse(V8Library.holdsLoadedBytes(library));
        Files.delete(library);
        Files.createSymbolicLink(library, temp.resolve("elsewhere.so"));
        Files.write(temp.resolve("elsewhere.so"), V8Library.loadableCopy());
        assertFalse(V8Library.holdsLoadedBytes(library), "a link is never loaded, whatever it points at");
        Files.delete(library);
        Files.write(library, V8Library.loadableCopy());
        assertTrue(V8Library.holdsLoadedBytes(library));
    }

    @Test
    void dotIsLookedForInAbsoluteFoldersOnly() {
        assertEquals("/usr/local/bin:/usr/bin", GraphvizLayout.absoluteSearchPath(".:/usr/local/bin:bin::/usr/bin:../x"));
        assertEquals("", GraphvizLayout.absoluteSearchPath(null));
    }

    private static int stackFlags(byte[] elf) {
        ByteBuffer buffer = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        long headers = buffer.getLong(0x20);
        int size = Short.toUnsignedInt(buffer.getShort(0x36));
        for (int i = 0; i < Short.toUnsignedInt(buffer.getShort(0x38)); i++) {
            int at = (int) (headers + (long) i * size);
            if (buffer.getInt(at) == 0x6474e551) {
                return buffer.getInt(at + 4);
            }
        }
        throw new AssertionError("no stack header");
    }
}
