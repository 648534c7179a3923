package org.eventstorm.model.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.link.ResolvedReference;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** A name that stickies of several kinds have (a hotspot about "Reserve Inventory": the policy or the command?). */
public final class AmbiguousReferenceRule extends DescribedRule implements Rule {
    public AmbiguousReferenceRule() {
        super("ambiguous-reference", "Ambiguous reference",
                Severity.WARNING, Scope.OUTGOING, Level.PROCESS);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ResolvedReference reference : context.references(id)) {
            List<StickyKind> kinds = reference.targets().stream().map(StickyId::kind).distinct().toList();
            if (kinds.size() < 2) {
                continue;
            }
            String name = reference.reference().name();
            String options = kinds.stream().map(kind -> "'" + name + " (" + kind.title().toLowerCase(Locale.ROOT) + ")'").collect(Collectors.joining(" or "));
            findings.add(Finding.on(this, id, reference.field(), "'" + reference.field().label() + "' names '" + name
                    + "', which is the name of a " + kinds.stream().map(StickyKind::title).collect(Collectors.joining(" and a "))
                    + "; write " + options + " to say which"));
        }
        return findings;
    }
}
