package org.eventstorm.app.cli.report;

import java.util.Objects;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Severity;

/**
 * A finding with the file and line it points at, the way every report shows it.
 *
 * @param path   the file relative to the board ({@code hotspots/payment-race-condition.md})
 * @param line   1-based
 * @param advice advice that depends on the rest of the board ("did you mean ...?"), or null
 * @param fix    what the best quick fix would do, or null
 */
public record LocatedFinding(Finding finding, String path, int line, String advice, String fix) {
    public LocatedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(path, "path");
    }

    public String ruleId() {
        return finding.ruleId();
    }

    public Severity severity() {
        return finding.severity();
    }

    /** The finding's message with its advice: what every report prints. */
    public String message() {
        return advice == null ? finding.message() : finding.message() + "; " + advice;
    }
}
