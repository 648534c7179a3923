package org.eventstorm.app.recovery;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where recovery journals live. A saved board's journal sits beside its folder, hidden
 * ({@code .order-fulfillment.eventstorm-recovery.json} next to {@code order-fulfillment/}), so it travels with the
 * board but is never committed with it; where that folder cannot be written, and for boards never saved, the journal
 * goes to the app's data folder ({@code -Deventstorm.recovery} moves it).
 */
@Singleton
public final class RecoveryPlaces {
    static final String SUFFIX = ".eventstorm-recovery.json";
    private static final String UNTITLED = "untitled-";
    private final Path root;

    public RecoveryPlaces() {
        this(Path.of(System.getProperty("eventstorm.recovery", dataFolder().toString())));
    }

    public RecoveryPlaces(Path root) {
        this.root = root;
    }

    /** The journal of the board in {@code folder}. */
    public Path journalOf(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent != null && Files.isWritable(parent)) {
            return parent.resolve("." + absolute.getFileName() + SUFFIX);
        }
        return root.resolve("board-" + hash(absolute.toString()) + SUFFIX);
    }

    /** A new journal for a board not saved anywhere yet. */
    public Path newUntitledJournal() {
        return root.resolve(UNTITLED + UUID.randomUUID() + SUFFIX);
    }

    /** The journals of unsaved boards left by an earlier run, oldest first. */
    public List<Path> untitledJournals() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(file -> file.getFileName().toString().startsWith(UNTITLED) && file.getFileName().toString().endsWith(SUFFIX)).sorted(
                    (a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path dataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null ? home.resolve("AppData/Local") : Path.of(local)).resolve("EventStorm Studio/recovery");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/EventStorm Studio/recovery");
        }
        String data = System.getenv("XDG_DATA_HOME");
        return (data == null || data.isBlank() ? home.resolve(".local/share") : Path.of(data)).resolve("eventstorm/recovery");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
