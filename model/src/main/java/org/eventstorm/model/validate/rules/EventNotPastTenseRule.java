package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.RenameSticky;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.EnglishNames;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** Events are facts: named in the past tense ("Order Placed", "Payment Sent"), not as commands or things. */
public final class EventNotPastTenseRule extends DescribedRule implements Rule {
    public EventNotPastTenseRule() {
        super("event-not-past-tense", "Event not named in the past tense",
                Severity.WARNING, Scope.SELF, Level.BIG_PICTURE);
    }

    /** At big picture the room writes fast and tidies later: the tense is a hint there. */
    @Override
    public boolean readsEnglish() {
        return true;
    }

    @Override
    public Severity severityAt(Level boardLevel) {
        return boardLevel == Level.BIG_PICTURE ? Severity.INFO : defaultSeverity();
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof DomainEvent) || EnglishNames.isPastTense(sticky.name())) {
            return List.of();
        }
        Optional<String> suggestion = EnglishNames.pastTenseOf(sticky.name());
        Finding finding = Finding.on(this, id, Field.NAME, "Event '" + sticky.name()
                + "' is not named in the past tense; an event says what happened"
                + suggestion.map(name -> ", e.g. '" + name + "'").orElse(" (e.g. 'Order Placed', 'Payment Sent')"));
        return List.of(suggestion.map(name -> finding.withFix(new Fix("Rename to '" + name + "'", new RenameSticky(id, name)))).orElse(finding));
    }
}
