package org.eventstorm.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.eventstorm.model.support.BoardFolders;

/**
 * Compares an export with the expected files under {@code src/test/resources/golden/<name>}. Run with
 * {@code -Dgolden.update=true} to write the expected files from the export (then read the diff before committing).
 */
public final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    /** Asserts that every file of {@code exported} (those {@code compared} accepts) equals the golden file, and that none is missing. */
    public static void assertMatches(String name, Path exported, Predicate<String> compared) throws IOException {
        Map<String, String> actual = new TreeMap<>(BoardFolders.contents(exported));
        actual.keySet().removeIf(compared.negate());
        Path expectedFolder = ROOT.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            deleteRecursively(expectedFolder);
            for (Map.Entry<String, String> file : actual.entrySet()) {
                Path target = expectedFolder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            return;
        }
        if (!Files.isDirectory(expectedFolder)) {
            fail("no golden files in " + expectedFolder.toAbsolutePath() + "; run with -Dgolden.update=true to write them");
        }
        Map<String, String> expected = new TreeMap<>(BoardFolders.contents(expectedFolder));
        assertEquals(expected.keySet(), actual.keySet(), "the files of the " + name + " export");
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertEquals(file.getValue(), actual.get(file.getKey()), name + "/" + file.getKey());
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
