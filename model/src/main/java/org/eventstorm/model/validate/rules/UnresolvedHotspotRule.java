package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.Locale;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/**
 * A hotspot stays open until it has {@code status: resolved} and a written Resolution. The finding is as severe
 * as the hotspot: critical and high are errors, medium a warning, low information.
 */
public final class UnresolvedHotspotRule extends DescribedRule implements Rule {
    /** The most of an Issue a finding carries. */
    private static final int LONGEST = 300;

    public UnresolvedHotspotRule() {
        super("unresolved-hotspot", "Unresolved hotspot",
                Severity.WARNING, Scope.SELF, Level.BIG_PICTURE);
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
        String issue = oneLine(hotspot.issue().source());
        String message = "Hotspot '" + hotspot.name() + "' is unresolved" + (severityWord.isEmpty() ? "" : " (" + severityWord + ")")
                + (issue.isEmpty() ? "" : ": " + issue);
        return List.of(new Finding(id(), severity, id, Field.STATUS, message, null));
    }

    /**
     * The Issue as one line, whatever its line breaks (a finding is one line in every format); a very long one is
     * shortened at a word, with an ellipsis.
     */
    static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= LONGEST) {
            return line;
        }
        int cut = line.lastIndexOf(' ', LONGEST - 1);
        return line.substring(0, cut > LONGEST / 2 ? cut : LONGEST - 1).stripTrailing() + "\u2026";
    }
}
