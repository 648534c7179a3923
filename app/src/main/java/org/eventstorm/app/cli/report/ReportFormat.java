package org.eventstorm.app.cli.report;

import java.io.PrintWriter;

/** One output format of {@code eventstorm validate}. */
public interface ReportFormat {

    void write(ValidationReport report, PrintWriter out);
}
