package org.eventstorm.app.cli.report;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.file.Problem;
import org.eventstorm.model.validate.Advice;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.RuleInfo;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.Validator;

/**
 * What {@code eventstorm validate} found on a board: the validator's findings and the files that could not be read,
 * each located in a file and line, in one order. Formats render it; they decide nothing.
 *
 * @param board the board folder as the user named it, so that printed paths can be clicked
 */
public record ValidationReport(Path board, int stickies, List<RuleInfo> rules, List<LocatedFinding> findings) {
    /** Pseudo-rules for files that could not be read, or were read with a warning. */
    public static final String FILE_ERROR = "file-error";
    public static final String FILE_WARNING = "file-warning";
    public static final String FILE_NOTE = "file-note";

    public ValidationReport {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    public static ValidationReport of(Path board, LoadedBoard loaded) {
        return of(board, loaded, Clock.systemDefaultZone());
    }

    /** The report as of the clock's day (sunset dates are compared with it), at the board's level. */
    public static ValidationReport of(Path board, LoadedBoard loaded, Clock clock) {
        return of(board, loaded, clock, Optional.empty());
    }

    /** The report as of the clock's day, at {@code level} when given, else at the level the board says it is at. */
    public static ValidationReport of(Path board, LoadedBoard loaded, Clock clock, Optional<Level> level) {
        List<LocatedFinding> located = new ArrayList<>();
        for (Problem problem : loaded.problems()) {
            Severity severity = switch (problem.severity()) {
                case ERROR -> Severity.ERROR;
                case WARNING -> Severity.WARNING;
                case INFO -> Severity.INFO;
            };
            String rule = switch (problem.severity()) {
                case ERROR -> FILE_ERROR;
                case WARNING -> FILE_WARNING;
                case INFO -> FILE_NOTE;
            };
            Finding finding = new Finding(rule, severity, null, null, problem.message(), null);
            located.add(new LocatedFinding(finding, problem.path(), Math.max(1, problem.line()), null, null));
        }
        Validator validator = level.map(given -> Validator.check(loaded.board(), clock, given)).orElseGet(() -> Validator.check(loaded.board(), clock));
        for (Finding finding : validator.findings()) {
            String advice = validator.adviceFor(finding).map(Advice::text).orElse(null);
            String fix = validator.fixesFor(finding).stream().findFirst().map(Fix::label).orElse(null);
            if (finding.definition() != null) {
                located.add(new LocatedFinding(finding, finding.definition().path(), loaded.files().lineOf(finding.definition(),
                        finding.pointer()), advice, fix));
            } else if (finding.sticky() == null) {
                located.add(new LocatedFinding(finding, "board.yaml", loaded.files().boardYamlLine("rules"), advice, fix));
            } else {
                int line = finding.field() == null ? 1 : loaded.files().lineOf(finding.sticky(), finding.field());
                located.add(new LocatedFinding(finding, finding.sticky().fileName(), line, advice, fix));
            }
        }
        located.sort(Comparator.comparing(LocatedFinding::path).thenComparingInt(LocatedFinding::line).thenComparing(LocatedFinding::ruleId).thenComparing(
                LocatedFinding::message));
        return new ValidationReport(board, loaded.board().size(), validator.ruleSet().all(), located);
    }

    /** The path as printed: the board folder as given, then the file. */
    public String displayPath(LocatedFinding finding) {
        return board.resolve(finding.path()).normalize().toString().replace(File.separatorChar, '/');
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    /** Counts by severity word, every severity present (zero when none). */
    public Map<String, Long> summary() {
        Map<String, Long> summary = new TreeMap<>();
        for (Severity severity : Severity.values()) {
            summary.put(severity.word(), count(severity));
        }
        return summary;
    }

    public boolean hasFileErrors() {
        return findings.stream().anyMatch(finding -> finding.ruleId().equals(FILE_ERROR));
    }

    /** True when some finding is at least as severe as {@code level}. */
    public boolean failsAt(Severity level) {
        return findings.stream().anyMatch(finding -> finding.severity().atLeast(level));
    }
}
