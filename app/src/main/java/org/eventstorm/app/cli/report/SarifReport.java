package org.eventstorm.app.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventstorm.app.about.Version;
import org.eventstorm.model.validate.RuleInfo;
import org.eventstorm.model.validate.Severity;

/**
 * The report as SARIF 2.1.0, for code-scanning services: one run, the rules as the tool's rules, each finding a result
 * located in its sticky file and line relative to the folder the command ran in ({@code %SRCROOT%}).
 */
public final class SarifReport implements ReportFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(ValidationReport report, PrintWriter out) {
        List<String> ruleIds = new ArrayList<>();
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleInfo rule : report.rules()) {
            ruleIds.add(rule.id());
            rules.add(rule(rule.id(), rule.title(), rule.defaultSeverity()));
        }
        for (String[] pseudo : new String[][] {
                {ValidationReport.FILE_ERROR, "A board file that could not be read"},
                {ValidationReport.FILE_WARNING, "A board file read with a warning"},
                {ValidationReport.FILE_NOTE, "What the tool did for a board file on its own (placing a sticky that had no place)"},
                {"rule-config", "A rule configuration in board.yaml that cannot be applied"}}) {
            ruleIds.add(pseudo[0]);
            Severity severity = switch (pseudo[0]) {
                case ValidationReport.FILE_ERROR -> Severity.ERROR;
                case ValidationReport.FILE_NOTE -> Severity.INFO;
                default -> Severity.WARNING;
            };
            rules.add(rule(pseudo[0], pseudo[1], severity));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (LocatedFinding finding : report.findings()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", finding.ruleId());
            result.put("ruleIndex", ruleIds.indexOf(finding.ruleId()));
            result.put("level", level(finding.severity()));
            result.put("message", Map.of("text", finding.message()));
            result.put("locations", List.of(Map.of("physicalLocation", Map.of(
                    "artifactLocation", artifact(report, finding),
                    "region", Map.of("startLine", finding.line())))));
            result.put("partialFingerprints", Map.of("eventstormFinding/v1", fingerprint(finding)));
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "EventStorm Studio");
        driver.put("version", Version.current());
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("originalUriBaseIds", Map.of("%SRCROOT%", Map.of("uri", Path.of("").toAbsolutePath().toUri().toString())));
        run.put("results", results);
        run.put("columnKind", "utf16CodeUnits");
        Map<String, Object> sarif = new LinkedHashMap<>();
        sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        sarif.put("version", "2.1.0");
        sarif.put("runs", List.of(run));
        try {
            out.println(JSON.writeValueAsString(sarif));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> rule(String id, String title, Severity severity) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("name", pascal(id));
        rule.put("shortDescription", Map.of("text", title));
        rule.put("defaultConfiguration", Map.of("level", level(severity)));
        rule.put("help", Map.of("text", "See src/site/markdown/rules.md in EventStorm Studio, section '" + id + "'."));
        return rule;
    }

    /** A relative URI (forward slashes, percent-encoded) against %SRCROOT%, or an absolute file URI. */
    private static Map<String, Object> artifact(ValidationReport report, LocatedFinding finding) {
        Path file = report.board().resolve(finding.path()).normalize();
        if (file.isAbsolute()) {
            return Map.of("uri", file.toUri().toString());
        }
        String absolute = file.toAbsolutePath().toUri().toString();
        String base = Path.of("").toAbsolutePath().toUri().toString();
        return Map.of("uri", absolute.startsWith(base) ? absolute.substring(base.length()) : absolute, "uriBaseId", "%SRCROOT%");
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String pascal(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    private static String fingerprint(LocatedFinding finding) {
        String key = finding.ruleId() + "|" + finding.path() + "|" + finding.finding().fieldOf().map(Enum::name).orElse("") + "|"
                + finding.finding().message();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
