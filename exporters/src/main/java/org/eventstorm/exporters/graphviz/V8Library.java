package org.eventstorm.exporters.graphviz;

import com.eclipsesource.v8.V8;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.eventstorm.render.CacheFolder;

/**
 * The native part of the Graphviz engine (J2V8 4.6.0's V8), loaded only from the tool's own verified copy (decision
 * 21). J2V8's own loader looks for the library in {@code ./jni/} of the current folder before its bundled copy, and
 * unpacks that copy into the home folder; a board, an archive or a repository could plant a library in {@code jni/}
 * and have it run by an export started there. So the library is taken from J2V8's jar here, checked against the
 * checksum it has in 4.6.0, written once into the cache folder (a private temporary file renamed into place, so
 * processes starting together never see half a file), checked again each time before it is loaded by its absolute
 * path, and J2V8 is told it is loaded so its own search never runs.
 *
 * <p>The copy differs from J2V8's in one bit: its stack is marked not executable. J2V8 4.6.0 asks for an executable
 * stack, which made the JVM print a warning on every export and made every thread's stack executable.
 */
public final class V8Library {
    /** The library in the jar of {@code com.eclipsesource.j2v8:j2v8_linux_x86_64:4.6.0}, as published. */
    static final String RESOURCE = "/libj2v8_linux_x86_64.so";
    static final String PUBLISHED_SHA256 = "2a56140fbd640fae373c743f7a3b54605d9244e6cf04cab3d465092bba3340ff";
    /** The same library with its stack marked not executable: what is written to and loaded from the cache. */
    static final String LOADED_SHA256 = "ac103d922bdb5193b5a06eada8d7e9b27cc522dfa0df600945e450bcf8783e51";
    static final String FILE_NAME = "libj2v8_linux_x86_64-4.6.0.so";
    private static final int PT_GNU_STACK = 0x6474e551;
    private static final int PF_X = 1;

    private static Path loaded;

    private V8Library() {
    }

    /** Whether this platform has the J2V8 engine graphviz-java can use (Linux on x86-64). */
    public static boolean isSupported() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                && System.getProperty("os.arch", "").matches("amd64|x86_64")
                && V8Library.class.getResource(RESOURCE) != null;
    }

    /**
     * Loads the library from the verified copy in {@code cache} (made there first if missing or not the right bytes);
     * returns the file loaded. Loading twice in one process loads once.
     *
     * @throws IOException when the copy cannot be made, or J2V8's jar does not hold the library it should
     */
    public static synchronized Path load(Path cache) throws IOException {
        if (loaded != null) {
            return loaded;
        }
        Path folder = CacheFolder.ensurePrivate(cache);
        Path library = folder.resolve(FILE_NAME);
        if (!holdsLoadedBytes(library)) {
            install(library);
        }
        System.load(library.toAbsolutePath().toString());
        markLoaded();
        loaded = library;
        return library;
    }

    /** Whether {@code library} is a plain file (not a link) with exactly the bytes to load. */
    static boolean holdsLoadedBytes(Path library) throws IOException {
        if (!Files.isRegularFile(library, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return sha256(Files.readAllBytes(library)).equals(LOADED_SHA256);
    }

    /** Writes the checked library to {@code library}: a new private file beside it, forced, renamed over whatever is there. */
    private static void install(Path library) throws IOException {
        byte[] bytes = loadableCopy();
        Path temp = Files.createTempFile(library.getParent(), "." + FILE_NAME + ".", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The published library, checked, with its stack marked not executable, checked again. */
    static byte[] loadableCopy() throws IOException {
        byte[] bytes;
        try (InputStream in = V8Library.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the Graphviz engine's library is missing from the application; reinstall it");
            }
            bytes = in.readAllBytes();
        }
        if (!sha256(bytes).equals(PUBLISHED_SHA256)) {
            throw new IOException("the Graphviz engine's library in the application is not the published one; reinstall it");
        }
        clearExecutableStack(bytes);
        if (!sha256(bytes).equals(LOADED_SHA256)) {
            throw new IOException("the Graphviz engine's library could not be prepared; reinstall the application");
        }
        return bytes;
    }

    /** Clears the executable flag of the ELF64 program header that describes the stack. */
    static void clearExecutableStack(byte[] elf) {
        ByteBuffer buffer = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        long headers = buffer.getLong(0x20);
        int size = Short.toUnsignedInt(buffer.getShort(0x36));
        int count = Short.toUnsignedInt(buffer.getShort(0x38));
        for (int i = 0; i < count; i++) {
            int at = Math.toIntExact(headers + (long) i * size);
            if (buffer.getInt(at) == PT_GNU_STACK) {
                buffer.putInt(at + 4, buffer.getInt(at + 4) & ~PF_X);
            }
        }
    }

    /**
     * J2V8 loads its library the first time a runtime is made, searching the current folder before anything else,
     * unless it knows the library is loaded already; it has no other way to be told.
     */
    private static void markLoaded() throws IOException {
        try {
            Field field = V8.class.getDeclaredField("nativeLibraryLoaded");
            field.setAccessible(true);
            field.setBoolean(null, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("the Graphviz engine (J2V8) is not the version this application was built with; reinstall it", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("this Java has no SHA-256", e));
        }
    }
}
