package org.eventstorm.model.validate.rules.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.eventstorm.model.versioning.SchemaChange;
import org.eventstorm.model.versioning.VersionDiff;
import org.eventstorm.model.versioning.VersionNumber;

/**
 * A breaking change (a required field removed, a type changed) between two versions needs a new major version, so
 * consumers see it coming: {@code v1} to {@code v2}, or {@code 1.4} to {@code 2.0}, not {@code 1.4} to {@code 1.5}.
 */
public final class BreakingChangeWithoutMajorRule extends DescribedRule implements Rule {
    public BreakingChangeWithoutMajorRule() {
        super("breaking-change-without-major-version", "Breaking change without a new major version", Severity.ERROR, Scope.SELF, Level.DESIGN);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent event) || event.versions().size() < 2) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<EventVersion> versions = event.versions();
        for (int i = 1; i < versions.size(); i++) {
            VersionDiff diff = VersionDiff.between(versions.get(i - 1), versions.get(i));
            if (!diff.compatibility().isBreaking()) {
                continue;
            }
            Optional<Integer> before = VersionNumber.major(diff.from());
            Optional<Integer> after = VersionNumber.major(diff.to());
            if (before.isPresent() && after.isPresent() && after.get() > before.get()) {
                continue;
            }
            List<String> breaking = diff.changes().stream().filter(change -> change.kind() == SchemaChange.Kind.REMOVED_REQUIRED
                    || change.kind() == SchemaChange.Kind.TYPE_CHANGED).map(SchemaChange::describe).toList();
            findings.add(Finding.on(this, id, Field.VERSIONS, "'" + event.name() + "' " + diff.from() + " \u2192 " + diff.to() + " breaks its consumers ("
                    + String.join("; ", breaking) + ") without a new major version; call it " + nextMajor(before) + ", or keep the change compatible"));
        }
        return findings;
    }

    private static String nextMajor(Optional<Integer> major) {
        return major.map(number -> "v" + (number + 1)).orElse("a new major version");
    }
}
