package org.eventstorm.model.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Naming;
import org.eventstorm.model.sticky.Spelling;

/**
 * The {@code rules:} of {@code board.yaml}, read against the known rules and the level the board is checked at: a
 * rule turned {@code off}, set to a severity of its own, or not yet due at this level. Unknown rule ids and severities
 * become findings of the pseudo-rule {@code rule-config}.
 */
final class RuleSettings {
    static final String CONFIG_RULE = "rule-config";

    /** Empty for "off"; else the severity to report with. */
    private final Map<String, Optional<Severity>> severities = new HashMap<>();
    private final List<Finding> problems = new ArrayList<>();
    private final Level level;
    private final Naming naming;

    RuleSettings(Map<String, String> configured, List<? extends RuleInfo> rules, Level level, Naming naming) {
        this.level = level;
        this.naming = naming;
        List<String> ids = rules.stream().map(RuleInfo::id).toList();
        configured.forEach((id, word) -> {
            if (!ids.contains(id)) {
                String hint = Spelling.closest(id, ids).map(best -> "; did you mean '" + best + "'?").orElse("; rules are " + String.join(", ", ids));
                problems.add(new Finding(CONFIG_RULE, Severity.WARNING, null, null,
                        "board.yaml configures the rule '" + id + "', which does not exist" + hint, null));
                return;
            }
            String setting = word.strip().toLowerCase(Locale.ROOT);
            if (setting.equals("off") || setting.equals("false")) {
                severities.put(id, Optional.empty());
                return;
            }
            Optional<Severity> severity = Severity.fromWord(setting);
            if (severity.isEmpty()) {
                problems.add(new Finding(CONFIG_RULE, Severity.WARNING, null, null, "board.yaml sets the rule '" + id + "' to '"
                        + word + "'; use off, " + Arrays.stream(Severity.values()).map(Severity::word).collect(Collectors.joining(", ")), null));
            } else {
                severities.put(id, severity);
            }
        });
        if (!naming.isEnglish()) {
            List<String> english = rules.stream().filter(RuleInfo::readsEnglish).map(RuleInfo::id).sorted().toList();
            problems.add(new Finding(CONFIG_RULE, Severity.INFO, null, null, "board.yaml says the names are in '" + naming.language() + "'; "
                    + String.join(" and ", english) + " read English only, so they do not run here and names are not checked for tense"
                    + " or mood; every other rule is language-free", null));
        }
    }

    /** False when the rule is off or checks only deeper levels than this board's: then it need not run at all. */
    boolean runs(RuleInfo rule) {
        Optional<Severity> configuredSeverity = severities.get(rule.id());
        return (configuredSeverity == null || configuredSeverity.isPresent()) && rule.appliesAt(level) && (naming.isEnglish() || !rule.readsEnglish());
    }

    /** The findings of a rule as configured: none when it does not {@link #runs run}, re-graded when it has a severity. */
    List<Finding> apply(RuleInfo rule, List<Finding> findings) {
        if (findings.isEmpty()) {
            return findings;
        }
        if (!runs(rule)) {
            return List.of();
        }
        Optional<Severity> configuredSeverity = severities.get(rule.id());
        Severity severity = configuredSeverity == null ? rule.severityAt(level) : configuredSeverity.get();
        return severity == rule.defaultSeverity() && configuredSeverity == null ? findings
                : findings.stream().map(finding -> finding.withSeverity(severity)).toList();
    }

    Level level() {
        return level;
    }

    Naming naming() {
        return naming;
    }

    List<Finding> problems() {
        return problems;
    }
}
