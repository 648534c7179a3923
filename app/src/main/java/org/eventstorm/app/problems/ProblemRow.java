package org.eventstorm.app.problems;

import java.util.List;
import org.eventstorm.model.file.Problem;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.Severity;

/**
 * One line of the problems panel: a validator finding, or a file the board could not read. Advice and fixes that
 * depend on the whole board are asked for when the line is shown ({@link ProblemsViewModel#describe}).
 */
public record ProblemRow(Severity severity, String message, String where, Finding finding, Problem fileProblem) {

    /** What a shown line says: its message with any advice, and the fixes it offers, best first. */
    public record Described(String message, List<Fix> fixes) {
        public Described {
            fixes = List.copyOf(fixes);
        }
    }
}
