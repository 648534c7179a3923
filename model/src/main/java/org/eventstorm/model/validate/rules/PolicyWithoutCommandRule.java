package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.Set;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Policy;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** A policy that issues no command: "... then" nothing happens. Policies are often named after their command. */
public final class PolicyWithoutCommandRule extends DescribedRule implements Rule {
    public PolicyWithoutCommandRule() {
        super("policy-without-command", "Policy without command",
                Severity.WARNING, Scope.OUTGOING, Level.PROCESS);
    }

    @Override
    public boolean suggestsNames() {
        return true;
    }

    @Override
    public Set<String> sought(StickyId id, Sticky sticky, ValidationContext context) {
        return Set.of(Slug.of(sticky.name()));
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof Policy policy) || policy.issuesCommand().isPresent()
                || context.references(id).stream().anyMatch(reference -> reference.rule() == LinkRule.POLICY_ISSUES_COMMAND)) {
            return List.of();
        }
        Finding finding = Finding.on(this, id, Field.ISSUES_COMMAND, "Policy '" + policy.name()
                + "' issues no command; draw an arrow to the command it issues, or begin a Then line with its name");
        return List.of(finding.withFix(LinkOrAddFix.to(context, id, StickyKind.COMMAND, policy.name())));
    }
}
