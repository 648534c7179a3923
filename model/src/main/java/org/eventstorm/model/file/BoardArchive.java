package org.eventstorm.model.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A board folder as one {@code .storm} file to mail or attach: a zip of the board's files, paths relative to the
 * board. Packing leaves out hidden files and folders ({@code .git}, editor files) and links. Unpacking trusts nothing
 * in the archive: every entry is checked before anything is written (no {@code ..}, no absolute or drive paths, no
 * backslashes, no control characters), every entry is written as a plain file (a link in the archive can never
 * become a link on disk), sizes are counted as written rather than believed, and the board appears in its target
 * folder only once all of it is out, so a refused archive leaves nothing behind.
 */
public final class BoardArchive {
    /** The extension of a packed board. */
    public static final String EXTENSION = ".storm";
    /** More files than any board has; more would be an attempt to exhaust the disk or the file table. */
    static final int MAX_ENTRIES = 100_000;
    /** Far more than a 20,000-sticky board; more is refused as a zip bomb. */
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    /** The files a board holds are small: a sticky 1 MB at most, board.yaml 16 MB. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    private static final FileTime EPOCH = FileTime.fromMillis(315_532_800_000L);

    private BoardArchive() {
    }

    /** Packs the board in {@code board} into {@code archive} (replaced if there); returns the number of files packed. */
    public static int pack(Path board, Path archive) throws IOException {
        if (!Files.isDirectory(board)) {
            throw new IOException(board + " is not a folder; pack the folder that holds board.yaml");
        }
        Path root = board.toRealPath();
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(root) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(file -> entryName(root, file)));
        Path target = archive.toAbsolutePath();
        if (target.startsWith(root)) {
            throw new IOException(archive + " is inside the board; write the .storm file somewhere else");
        }
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Path file : files) {
                    ZipEntry entry = new ZipEntry(entryName(root, file));
                    entry.setLastModifiedTime(EPOCH);
                    zip.putNextEntry(entry);
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return files.size();
    }

    /**
     * Unpacks {@code archive} into {@code target}, which must not exist or be an empty folder; returns the number of
     * files written.
     *
     * @throws IOException saying what is wrong with the archive, as {@code file: message}; nothing is written then
     */
    public static int unpack(Path archive, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isEmptyFolder(target)) {
            throw new IOException(target + ": is not empty; unpack into a new folder, or remove what is there first");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path scratch = Files.createTempDirectory(parent, "." + target.getFileName() + ".unpacking");
        try {
            int count;
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                List<ZipEntry> entries = checkedEntries(archive, zip);
                long total = 0;
                for (ZipEntry entry : entries) {
                    Path file = scratch.resolve(entry.getName()).normalize();
                    Files.createDirectories(file.getParent());
                    try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(file)) {
                        total += copyLimited(archive, entry, in, out, MAX_TOTAL_BYTES - total);
                    }
                }
                count = entries.size();
            } catch (ZipException e) {
                throw new IOException(archive + ": is not a .storm file (not a readable zip: " + e.getMessage() + ")", e);
            }
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            deleteTree(scratch);
        }
    }

    /** The default folder for unpacking {@code archive}: beside it, named after it. */
    public static Path folderFor(Path archive) {
        String name = archive.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name + "-board";
        return archive.toAbsolutePath().resolveSibling(stem.isEmpty() ? "board" : stem);
    }

    /** Every entry checked before one byte is written: names, kinds and counts. */
    private static List<ZipEntry> checkedEntries(Path archive, ZipFile zip) throws IOException {
        List<ZipEntry> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (files.size() >= MAX_ENTRIES) {
                throw new IOException(archive + ": holds more than " + MAX_ENTRIES + " files, far more than a board; it was not unpacked");
            }
            String name = entry.getName();
            String problem = unsafe(name);
            if (problem != null) {
                throw new IOException(archive + ": the entry " + printable(name) + " " + problem + "; the archive was not unpacked"
                        + " (a .storm file holds only the board's own files)");
            }
            if (entry.isDirectory()) {
                continue;
            }
            if (!names.add(name)) {
                throw new IOException(archive + ": holds " + printable(name) + " twice; the archive was not unpacked");
            }
            files.add(entry);
        }
        return files;
    }

    /** Why an entry name is unsafe, or null: it must be a plain relative path inside the board. */
    static String unsafe(String name) {
        if (name.isEmpty()) {
            return "has no name";
        }
        if (name.indexOf('\\') >= 0) {
            return "uses a backslash, which names a folder on Windows";
        }
        if (name.startsWith("/") || name.length() > 1 && name.charAt(1) == ':') {
            return "is an absolute path";
        }
        for (String part : (name.endsWith("/") ? name.substring(0, name.length() - 1) : name).split("/", -1)) {
            if (part.equals("..")) {
                return "points outside the folder it is unpacked into";
            }
            if (part.isEmpty() || part.equals(".")) {
                return "has an empty or '.' folder in its path";
            }
            if (part.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return "has a control character in its name";
            }
        }
        return null;
    }

    private static long copyLimited(Path archive, ZipEntry entry, InputStream in, OutputStream out, long room) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            written += read;
            if (written > MAX_ENTRY_BYTES) {
                throw new IOException(archive + ": the entry " + printable(entry.getName()) + " unpacks to more than "
                        + MAX_ENTRY_BYTES / (1024 * 1024) + " MB, far more than a board file; the archive was not unpacked");
            }
            if (written > room) {
                throw new IOException(archive + ": unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB, far more than"
                        + " a board (a zip bomb?); the archive was not unpacked");
            }
            out.write(buffer, 0, read);
        }
        return written;
    }

    private static String entryName(Path root, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : root.relativize(file)) {
            name.append(name.isEmpty() ? "" : "/").append(part);
        }
        return name.toString();
    }

    private static String printable(String name) {
        StringBuilder text = new StringBuilder("'");
        name.chars().forEach(c -> text.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return text.append("'").toString();
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
