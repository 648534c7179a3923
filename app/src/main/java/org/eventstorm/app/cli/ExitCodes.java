package org.eventstorm.app.cli;

/** The exit codes every command uses, so CI can tell findings from broken input. */
final class ExitCodes {
    /** Everything fine. */
    static final int OK = 0;
    /** Findings at the fail level, or {@code fmt --check} found files to change. */
    static final int FINDINGS = 1;
    /** Bad input: a missing board, a malformed file, a wrong option. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
