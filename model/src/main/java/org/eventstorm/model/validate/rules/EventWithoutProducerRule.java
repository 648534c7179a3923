package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Naming;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.DomainEvent;
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

/** An event no command, aggregate or external system produces: where does it come from? */
public final class EventWithoutProducerRule extends DescribedRule implements Rule {
    public EventWithoutProducerRule() {
        super("event-without-producer", "Event without producer",
                Severity.WARNING, Scope.INCOMING, Level.PROCESS);
    }

    /** The language decides only the command its finding offers to link or add, never whether an event has a producer. */
    @Override
    public NamingRecheck onNamingChange(Naming before, Naming after) {
        return NamingRecheck.ofEnglishFixes(before, after);
    }

    static final Set<LinkRule> PRODUCING = Set.of(LinkRule.COMMAND_PRODUCES_EVENT, LinkRule.AGGREGATE_EMITS_EVENT,
            LinkRule.EXTERNAL_SYSTEM_PRODUCES_EVENT);

    @Override
    public boolean suggestsNames() {
        return true;
    }

    @Override
    public Set<String> sought(StickyId id, Sticky sticky, ValidationContext context) {
        return EnglishNames.asCommand(context.board().settings().naming(), sticky.name()).map(name -> Set.of(Slug.of(name))).orElse(Set.of());
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent)) {
            return List.of();
        }
        if (context.incoming(id).stream().anyMatch(reference -> PRODUCING.contains(reference.rule()))) {
            return List.of();
        }
        Finding finding = Finding.on(this, id, Field.NAME, "Nothing produces event '" + sticky.name()
                + "': no command, aggregate or external system lists it; link the command that causes it");
        Optional<String> command = EnglishNames.asCommand(context.board().settings().naming(), sticky.name());
        if (command.isEmpty()) {
            return List.of(finding);
        }
        return List.of(finding.withFix(LinkOrAddFix.from(context, id, StickyKind.COMMAND, command.get())));
    }
}
