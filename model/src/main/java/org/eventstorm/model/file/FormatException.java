package org.eventstorm.model.file;

/** A file that cannot be read as what it should be, at a line (1-based; 0 for the whole file). */
final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    FormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }

    /** The same problem with its line moved by {@code offset} (YAML lines inside a file's front matter). */
    FormatException shifted(int offset) {
        return new FormatException(line == 0 ? 0 : line + offset, getMessage());
    }
}
