package org.eventstorm.app.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventstorm.app.about.Version;

/**
 * The report as JSON, documented by {@code schemas/validate-report.schema.json} in the jar (app/src/main/resources/schemas).
 */
public final class JsonReport implements ReportFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(ValidationReport report, PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", Map.of("name", "eventstorm", "version", Version.current()));
        root.put("board", report.board().toString().replace(File.separatorChar, '/'));
        root.put("stickies", report.stickies());
        root.put("summary", report.summary());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (LocatedFinding located : report.findings()) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("rule", located.ruleId());
            finding.put("severity", located.severity().word());
            finding.put("file", report.displayPath(located));
            finding.put("path", located.path());
            finding.put("line", located.line());
            finding.put("sticky", located.finding().stickyId().map(Object::toString).orElse(null));
            finding.put("definition", located.finding().definitionId().map(Object::toString).orElse(null));
            finding.put("field", located.finding().fieldOf().map(field -> field.label()).orElse(null));
            finding.put("message", located.message());
            finding.put("fix", located.fix());
            findings.add(finding);
        }
        root.put("findings", findings);
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
