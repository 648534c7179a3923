package org.eventstorm.app.cli.report;

import java.io.PrintWriter;

/** {@code path:line: severity rule-id: message}, one finding per line, as compilers and editors print them. */
public final class TextReport implements ReportFormat {
    @Override
    public void write(ValidationReport report, PrintWriter out) {
        for (LocatedFinding finding : report.findings()) {
            out.println(report.displayPath(finding) + ":" + finding.line() + ": " + finding.severity().word() + " "
                    + finding.ruleId() + ": " + finding.message());
        }
    }
}
