package org.eventstorm.model.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * What each file of a board held when this tool last read or wrote it (length and CRC-32, by path relative to the
 * board folder), so a save can tell a file another program changed since, and leave it alone rather than write over
 * it. Filled from several reading threads at once.
 */
final class FileFingerprints {
    private record Print(long length, long crc) {
        static Print of(byte[] bytes) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Print(bytes.length, crc.getValue());
        }
    }

    private final Map<String, Print> seen = new ConcurrentHashMap<>();

    /** This tool read or wrote {@code bytes} as {@code path}. */
    void record(String path, byte[] bytes) {
        seen.put(path, Print.of(bytes));
    }

    /** This tool deleted {@code path}. */
    void forget(String path) {
        seen.remove(path);
    }

    /**
     * True when {@code file} is as this tool left it: holding what was last read or written, or absent when it
     * never saw it. A file that appeared, vanished or changed since is not.
     */
    boolean isUnchanged(String path, Path file) throws IOException {
        Print known = seen.get(path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return known == null;
        }
        if (known == null) {
            return false;
        }
        if (Files.size(file) != known.length()) {
            return false;
        }
        return Print.of(Files.readAllBytes(file)).equals(known);
    }
}
