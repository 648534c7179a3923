package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Naming;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.EnglishNames;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.NamingRecheck;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** A command whose Produces Events is empty: what happens when it succeeds is not on the board. */
public final class CommandWithoutEventRule extends DescribedRule implements Rule {
    public CommandWithoutEventRule() {
        super("command-without-event", "Command produces no event",
                Severity.WARNING, Scope.SELF, Level.PROCESS);
    }

    /** The language decides only the event its finding offers to link or add, never whether a command produces one. */
    @Override
    public NamingRecheck onNamingChange(Naming before, Naming after) {
        return NamingRecheck.ofEnglishFixes(before, after);
    }

    @Override
    public boolean suggestsNames() {
        return true;
    }

    @Override
    public Set<String> sought(StickyId id, Sticky sticky, ValidationContext context) {
        return EnglishNames.asEvent(context.board().settings().naming(), sticky.name()).map(name -> Set.of(Slug.of(name))).orElse(Set.of());
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof Command command) || !command.producesEvents().isEmpty()) {
            return List.of();
        }
        Finding finding = Finding.on(this, id, Field.PRODUCES_EVENTS, "Command '" + command.name()
                + "' produces no event; list under Produces Events what happens when it succeeds");
        Optional<String> event = EnglishNames.asEvent(context.board().settings().naming(), command.name());
        if (event.isEmpty()) {
            return List.of(finding);
        }
        return List.of(finding.withFix(LinkOrAddFix.to(context, id, StickyKind.EVENT, event.get())));
    }
}
