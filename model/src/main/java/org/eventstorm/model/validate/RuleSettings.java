package org.eventstorm.model.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventstorm.model.sticky.Spelling;

/**
 * The {@code rules:} of {@code board.yaml}, read against the known rules: a rule turned {@code off}, or set to a
 * severity of its own. Unknown rule ids and levels become findings of the pseudo-rule {@code rule-config}.
 */
final class RuleSettings {
    static final String CONFIG_RULE = "rule-config";

    /** Empty for "off"; else the severity to report with. */
    private final Map<String, Optional<Severity>> levels = new HashMap<>();
    private final List<Finding> problems = new ArrayList<>();

    RuleSettings(Map<String, String> configured, List<? extends RuleInfo> rules) {
        List<String> ids = rules.stream().map(RuleInfo::id).toList();
        configured.forEach((id, word) -> {
            if (!ids.contains(id)) {
                String hint = Spelling.closest(id, ids).map(best -> "; did you mean '" + best + "'?")
                        .orElse("; rules are " + String.join(", ", ids));
                problems.add(new Finding(CONFIG_RULE, Severity.WARNING, null, null,
                        "board.yaml configures the rule '" + id + "', which does not exist" + hint, null));
                return;
            }
            String level = word.strip().toLowerCase(java.util.Locale.ROOT);
            if (level.equals("off") || level.equals("false")) {
                levels.put(id, Optional.empty());
                return;
            }
            Optional<Severity> severity = Severity.fromWord(level);
            if (severity.isEmpty()) {
                problems.add(new Finding(CONFIG_RULE, Severity.WARNING, null, null, "board.yaml sets the rule '" + id + "' to '"
                        + word + "'; use off, " + java.util.Arrays.stream(Severity.values()).map(Severity::word).collect(Collectors.joining(", ")), null));
            } else {
                levels.put(id, severity);
            }
        });
    }

    /** The findings of a rule as configured: none when it is off, re-graded when it has a level. */
    List<Finding> apply(RuleInfo rule, List<Finding> findings) {
        Optional<Severity> level = levels.get(rule.id());
        if (level == null || findings.isEmpty()) {
            return findings;
        }
        if (level.isEmpty()) {
            return List.of();
        }
        return findings.stream().map(finding -> finding.withSeverity(level.get())).toList();
    }

    List<Finding> problems() {
        return problems;
    }
}
