package org.eventstorm.model.file;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong with a board's files, located for the person who must fix it:
 * {@code events/order-placed.md:3: front matter is not valid YAML: ...}.
 *
 * @param path the file, relative to the board folder, with {@code /} separators
 * @param line the 1-based line, or 0 when the problem is about the whole file or folder
 */
public record Problem(String path, int line, Severity severity, String message) {

    /**
     * An error means the file was not loaded (and will not be written); a warning means it was, but not all of it as
     * written; a note tells what the tool did on its own that is no fault of the board (placing an unplaced sticky).
     */
    public enum Severity { ERROR, WARNING, INFO }

    /** Messages that start with a verb and need the file's name in front to read as a sentence. */
    private static final List<String> VERBS = List.of("is ", "has ", "had ", "was ", "could ", "cannot ");

    public static final Comparator<Problem> BY_LOCATION = Comparator.comparing(Problem::path).thenComparingInt(Problem::line).thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line cannot be negative: " + line);
        }
    }

    public static Problem error(String path, int line, String message) {
        return new Problem(path, line, Severity.ERROR, message);
    }

    public static Problem warning(String path, int line, String message) {
        return new Problem(path, line, Severity.WARNING, message);
    }

    public static Problem info(String path, int line, String message) {
        return new Problem(path, line, Severity.INFO, message);
    }

    /** The message as a sentence that names its file where it starts with a verb: "board.yaml is missing; ...". */
    public String sentence() {
        if (VERBS.stream().noneMatch(message::startsWith)) {
            return message;
        }
        String name = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return name.substring(name.lastIndexOf('/') + 1) + " " + message;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line: message}, the form editors and CI logs link to. */
    @Override
    public String toString() {
        String label = switch (severity) {
            case ERROR -> "";
            case WARNING -> "warning: ";
            case INFO -> "note: ";
        };
        return (line > 0 ? path + ":" + line : path) + ": " + label + message;
    }
}
