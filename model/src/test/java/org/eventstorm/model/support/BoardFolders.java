package org.eventstorm.model.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copies of sample boards in temporary folders, and the bytes of every file in a folder. */
public final class BoardFolders {
    public static final Path SAMPLES = Path.of("../samples");

    private BoardFolders() {
    }

    /** A copy of {@code samples/<name>} inside {@code temp}. */
    public static Path copyOfSample(String name, Path temp) {
        return copy(SAMPLES.resolve(name), temp.resolve(name));
    }

    public static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code folder} by relative path, with its bytes as text (ISO-8859-1, so any byte survives). */
    public static Map<String, String> contents(Path folder) {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The relative paths whose bytes differ between two {@link #contents} (added, removed or changed). */
    public static java.util.Set<String> changed(Map<String, String> before, Map<String, String> after) {
        java.util.Set<String> changed = new java.util.TreeSet<>();
        before.forEach((path, text) -> {
            if (!text.equals(after.get(path))) {
                changed.add(path);
            }
        });
        after.keySet().stream().filter(path -> !before.containsKey(path)).forEach(changed::add);
        return changed;
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
