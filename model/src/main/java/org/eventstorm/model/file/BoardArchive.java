package org.eventstorm.model.file;

import java.util.SortedMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A board folder as one {@code .storm} file to mail or attach: a zip of the board's files, paths relative to the
 * board. Both ways hold the same rule ({@link ArchiveContent}): the board's own files and plain text beside them; never
 * a hidden file or folder ({@code .git}), a link, or a binary. Unpacking trusts nothing in the archive: every entry is
 * checked before anything is written (no {@code ..}, no absolute or drive paths, no backslashes, no control
 * characters, sizes within bounds by what the archive declares), every entry is read in full and must match its
 * declared length and CRC (a damaged archive is refused whole), nothing more than the declared length is ever read (a
 * zip bomb stops there), every entry becomes a plain file that nobody may execute, and the board appears in its target
 * folder only once all of it is out, so a refused archive leaves nothing behind.
 */
public final class BoardArchive {
    /** The extension of a packed board. */
    public static final String EXTENSION = ".storm";
    /** More files than any board has (a 50,000-sticky board has 50,001); more is refused before anything is read. */
    static final int MAX_ENTRIES = 100_000;
    /** Ten times a 50,000-sticky board; an archive declaring more is refused as a zip bomb. */
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /** The files a board holds are small: a sticky 1 MB at most, board.yaml 16 MB. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    private static final FileTime EPOCH = FileTime.fromMillis(315_532_800_000L);
    private static final Set<PosixFilePermission> PLAIN_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** A file of the board that did not go into (or come out of) the archive, and why. */
    public record LeftOutFile(String name, String reason) {
        @Override
        public String toString() {
            return name + " (" + reason + ")";
        }
    }

    /** What packing or unpacking did: the files it wrote, and those it left out. */
    public record Result(int files, List<LeftOutFile> leftOut) {
        public Result {
            leftOut = List.copyOf(leftOut);
        }
    }

    private BoardArchive() {
    }

    /** Packs the board in {@code board} into {@code archive} (replaced if there). */
    public static Result pack(Path board, Path archive) throws IOException {
        if (!Files.isDirectory(board)) {
            throw new IOException(board + " is not a folder; pack the folder that holds board.yaml");
        }
        Path root = board.toRealPath();
        List<Path> files = new ArrayList<>();
        List<LeftOutFile> leftOut = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    leftOut.add(new LeftOutFile(entryName(root, dir) + "/", ArchiveContent.LeftOut.HIDDEN.words()));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isSymbolicLink()) {
                    leftOut.add(new LeftOutFile(entryName(root, file), "a link"));
                } else if (attributes.isRegularFile() && attributes.size() > MAX_ENTRY_BYTES) {
                    leftOut.add(new LeftOutFile(entryName(root, file), "larger than " + megabytes(MAX_ENTRY_BYTES)));
                } else if (attributes.isRegularFile()) {
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
        int packed = 0;
        Path temp = AtomicFiles.createTemp(target.getParent(), target.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Path file : files) {
                    String name = entryName(root, file);
                    if (add(zip, name, Files.readAllBytes(file), leftOut)) {
                        packed++;
                    }
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        leftOut.sort(Comparator.comparing(LeftOutFile::name));
        return new Result(packed, leftOut);
    }

    /**
     * The archive of a board's files given by relative path (as {@link BoardFiles#contents} gives them), in memory:
     * the same entries, in the same order and with the same rule, as {@link #pack(Path, Path)} of a folder holding
     * those files.
     */
    public static byte[] pack(SortedMap<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                add(zip, file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8), new ArrayList<>());
            }
        }
        return out.toByteArray();
    }

    /** Writes one file as an entry, unless the rule leaves it out (then it is noted in {@code leftOut}). */
    private static boolean add(ZipOutputStream zip, String name, byte[] bytes, List<LeftOutFile> leftOut) throws IOException {
        ArchiveContent.LeftOut why = ArchiveContent.leftOut(name, bytes);
        if (why != null) {
            leftOut.add(new LeftOutFile(name, why.words()));
            return false;
        }
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(EPOCH);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
        return true;
    }

    /**
     * Unpacks {@code archive} into {@code target}, which must not exist or be an empty folder. A picture of a board
     * ({@code board.svg}, see {@link BoardInPicture}) is unpacked from the archive it carries, by the same rules.
     *
     * @throws IOException saying what is wrong with the archive, as {@code file: message}; nothing is written then
     */
    public static Result unpack(Path archive, Path target) throws IOException {
        if (BoardInPicture.isPicture(archive)) {
            return BoardInPicture.unpack(archive, target);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isEmptyFolder(target)) {
            throw new IOException(target + ": is not empty; unpack into a new folder, or remove what is there first");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path scratch = Files.createTempDirectory(parent, "." + target.getFileName() + ".unpacking");
        try {
            int count = 0;
            List<LeftOutFile> leftOut = new ArrayList<>();
            Set<Path> folders = new HashSet<>();
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                if (zip.size() > MAX_ENTRIES) {
                    throw new IOException(archive + ": holds " + zip.size() + " entries, more than the " + MAX_ENTRIES
                            + " of the largest board; it was not unpacked");
                }
                for (ZipEntry entry : checkedEntries(archive, zip, leftOut)) {
                    byte[] bytes = readChecked(archive, zip, entry);
                    ArchiveContent.LeftOut why = ArchiveContent.leftOut(entry.getName(), bytes);
                    if (why != null) {
                        leftOut.add(new LeftOutFile(entry.getName(), why.words()));
                        continue;
                    }
                    writePlain(scratch, entry.getName(), bytes, folders);
                    count++;
                }
            } catch (ZipException e) {
                throw new IOException(archive + ": is not a .storm file (not a readable zip: " + e.getMessage() + ")", e);
            }
            if (Files.exists(target)) {
                Files.delete(target);
            }
            if (POSIX) {
                // The scratch folder was made private; the board is an ordinary folder.
                Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
            leftOut.sort(Comparator.comparing(LeftOutFile::name));
            return new Result(count, leftOut);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Whether {@code path} is a packed board: a {@code .storm} file, or a picture of a board that may carry one. */
    public static boolean isPacked(Path path) {
        return Files.isRegularFile(path) && (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION) || BoardInPicture.isPicture(path));
    }

    /** The default folder for unpacking {@code archive}: beside it, named after it. */
    public static Path folderFor(Path archive) {
        String name = archive.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length())
                : lower.endsWith(BoardInPicture.EXTENSION) ? name.substring(0, name.length() - BoardInPicture.EXTENSION.length()) : name + "-board";
        return archive.toAbsolutePath().resolveSibling(stem.isEmpty() ? "board" : stem);
    }

    /**
     * Every entry checked before one byte is written: names, kinds, counts and declared sizes. Hidden entries are left
     * out (listed in {@code leftOut}), not refused: the rest of the board is still good.
     */
    private static List<ZipEntry> checkedEntries(Path archive, ZipFile zip, List<LeftOutFile> leftOut) throws IOException {
        List<ZipEntry> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long declared = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            String problem = unsafe(name);
            if (problem != null) {
                throw new IOException(archive + ": the entry " + printable(name) + " " + problem + "; the archive was not unpacked"
                        + " (a .storm file holds only the board's own files)");
            }
            if (ArchiveContent.isHidden(name)) {
                if (!entry.isDirectory()) {
                    leftOut.add(new LeftOutFile(name, ArchiveContent.LeftOut.HIDDEN.words()));
                }
                continue;
            }
            if (entry.isDirectory()) {
                continue;
            }
            if (!names.add(name)) {
                throw new IOException(archive + ": holds " + printable(name) + " twice; the archive was not unpacked");
            }
            long size = entry.getSize();
            if (size < 0 || size > MAX_ENTRY_BYTES) {
                throw new IOException(archive + ": the entry " + printable(name) + (size < 0 ? " does not say its size"
                        : " unpacks to " + megabytes(size) + ", more than the " + megabytes(MAX_ENTRY_BYTES) + " a board file may have")
                        + "; the archive was not unpacked");
            }
            declared += size;
            if (declared > MAX_TOTAL_BYTES) {
                throw new IOException(archive + ": unpacks to more than " + megabytes(MAX_TOTAL_BYTES) + ", far more than a board"
                        + " (a zip bomb?); the archive was not unpacked");
            }
            files.add(entry);
        }
        return files;
    }

    /**
     * The bytes of {@code entry}, read to its declared length and no further, and checked against its declared length
     * and CRC-32: a damaged or doctored archive is refused here, before the board appears.
     */
    private static byte[] readChecked(Path archive, ZipFile zip, ZipEntry entry) throws IOException {
        int size = (int) entry.getSize();
        byte[] bytes = new byte[size];
        int read = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            while (read < size) {
                int n = in.read(bytes, read, size - read);
                if (n < 0) {
                    throw damaged(archive, entry, "is shorter than it says");
                }
                read += n;
            }
            if (in.read() >= 0) {
                throw damaged(archive, entry, "is longer than it says (a zip bomb?)");
            }
        } catch (ZipException e) {
            throw damaged(archive, entry, "cannot be read (" + e.getMessage() + ")");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw damaged(archive, entry, "fails its checksum");
        }
        return bytes;
    }

    private static IOException damaged(Path archive, ZipEntry entry, String what) {
        return new IOException(archive + ": the entry " + printable(entry.getName()) + " " + what + "; the archive is damaged and"
                + " was not unpacked (ask for it again)");
    }

    /**
     * A new plain file nobody may execute (its mode set as it is made; the umask can only take bits away), in a folder
     * made here: the scratch folder is new, so nothing else is in it.
     */
    private static void writePlain(Path scratch, String name, byte[] bytes, Set<Path> folders) throws IOException {
        Path file = scratch.resolve(name).normalize();
        if (folders.add(file.getParent())) {
            Files.createDirectories(file.getParent());
        }
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (SeekableByteChannel channel = POSIX ? Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(PLAIN_FILE))
                : Files.newByteChannel(file, options)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    private static String megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB";
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
