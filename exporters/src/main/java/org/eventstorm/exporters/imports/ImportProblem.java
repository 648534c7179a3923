package org.eventstorm.exporters.imports;

import org.eventstorm.model.file.Problem;

/** Something wrong in a document being imported, at its file and line; nothing of the import is applied. */
public final class ImportProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String what;

    public ImportProblem(String file, int line, String what) {
        super(file + (line > 0 ? ":" + line : "") + ": " + what, null, false, false);
        this.file = file;
        this.line = line;
        this.what = what;
    }

    /** As a board problem, an error: {@code order-service.yaml:42: ...}. */
    public Problem toProblem() {
        return Problem.error(file, line, what);
    }
}
