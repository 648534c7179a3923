package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.Locale;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/**
 * A hotspot stays open until it has {@code status: resolved} and a written Resolution. The finding is as severe
 * as the hotspot: critical and high are errors, medium a warning, low information.
 */
public final class UnresolvedHotspotRule extends DescribedRule {
    public UnresolvedHotspotRule() {
        super("unresolved-hotspot", "Unresolved hotspot",
                Severity.WARNING, Scope.SELF);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof Hotspot hotspot) || hotspot.isResolved()) {
            return List.of();
        }
        String severityWord = hotspot.severity().map(word -> word.strip().toLowerCase(Locale.ROOT)).orElse("");
        Severity severity = switch (severityWord) {
            case "critical", "high" -> Severity.ERROR;
            case "low" -> Severity.INFO;
            default -> Severity.WARNING;
        };
        boolean markedResolved = hotspot.status().map(status -> status.strip().equalsIgnoreCase("resolved")).orElse(false);
        if (markedResolved) {
            return List.of(new Finding(id(), severity, id, Field.RESOLUTION, "Hotspot '" + hotspot.name()
                    + "' is marked resolved but has no Resolution; write down what was decided", null));
        }
        String issue = firstLine(hotspot.issue().source());
        String message = "Hotspot '" + hotspot.name() + "' is unresolved" + (severityWord.isEmpty() ? "" : " (" + severityWord + ")")
                + (issue.isEmpty() ? "" : ": " + issue);
        return List.of(new Finding(id(), severity, id, Field.STATUS, message, null));
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 140 ? line.substring(0, 137) + "..." : line;
    }
}
