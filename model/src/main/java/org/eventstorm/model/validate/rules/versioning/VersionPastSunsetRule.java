package org.eventstorm.model.validate.rules.versioning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;
import org.eventstorm.model.validate.rules.DescribedRule;

/**
 * A deprecated version past its sunset date should be retired: its consumers were told it would go. A sunset date
 * that is not a date (2027-06-30) is reported too.
 */
public final class VersionPastSunsetRule extends DescribedRule implements Rule {
    public VersionPastSunsetRule() {
        super("version-past-sunset", "Deprecated version past its sunset date", Severity.WARNING, Scope.SELF, Level.DESIGN);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent event)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (EventVersion version : event.versions()) {
            if (version.sunsetDate().isBlank()) {
                continue;
            }
            LocalDate sunset;
            try {
                sunset = LocalDate.parse(version.sunsetDate().strip());
            } catch (DateTimeParseException e) {
                findings.add(Finding.on(this, id, Field.VERSIONS, "The sunset_date '" + version.sunsetDate() + "' of " + version.version()
                        + " is not a date; write it as 2027-06-30"));
                continue;
            }
            boolean deprecated = version.status().strip().toLowerCase(Locale.ROOT).equals("deprecated");
            if (deprecated && sunset.isBefore(context.today())) {
                findings.add(Finding.on(this, id, Field.VERSIONS, version.version() + " of '" + event.name() + "' was to be retired on " + sunset
                        + "; retire it (status: retired) or, if consumers still need it, move the sunset date"));
            }
        }
        return findings;
    }
}
