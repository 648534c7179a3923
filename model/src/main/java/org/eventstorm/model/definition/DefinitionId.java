package org.eventstorm.model.definition;

import java.util.Objects;
import java.util.Optional;
import org.eventstorm.model.sticky.StickyId;

/**
 * A definition's identity within a board: its folder and file name, {@code sagas/order-fulfillment-saga.yml}. The
 * extension is part of it ({@code .yml} or {@code .yaml}, as the file was written), so saving never renames a file.
 */
public record DefinitionId(DefinitionKind kind, String fileName) implements Comparable<DefinitionId> {
    public DefinitionId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        if (!isDefinitionFile(fileName)) {
            throw new IllegalArgumentException("'" + fileName + "' cannot be a " + kind.title().toLowerCase() + " file name");
        }
    }

    /** The id of a new file {@code <stem>.yml}. */
    public static DefinitionId of(DefinitionKind kind, String stem) {
        return new DefinitionId(kind, stem + ".yml");
    }

    /** Parses {@code sagas/order-fulfillment-saga.yml}. */
    public static Optional<DefinitionId> parse(String path) {
        int slash = path.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String file = path.substring(slash + 1);
        return DefinitionKind.fromFolder(path.substring(0, slash)).filter(kind -> isDefinitionFile(file)).map(kind -> new DefinitionId(kind, file));
    }

    /** True for a safe YAML file name: a safe stem, then {@code .yml} or {@code .yaml}. */
    public static boolean isDefinitionFile(String fileName) {
        String stem = stemOf(fileName);
        return stem != null && StickyId.isSafeStem(stem);
    }

    /** The file name without its extension. */
    public String stem() {
        return stemOf(fileName);
    }

    /** The path relative to the board folder. */
    public String path() {
        return kind.folder() + "/" + fileName;
    }

    @Override
    public int compareTo(DefinitionId other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : fileName.compareTo(other.fileName);
    }

    @Override
    public String toString() {
        return path();
    }

    private static String stemOf(String fileName) {
        if (fileName.endsWith(".yml")) {
            return fileName.substring(0, fileName.length() - 4);
        }
        if (fileName.endsWith(".yaml")) {
            return fileName.substring(0, fileName.length() - 5);
        }
        return null;
    }
}
