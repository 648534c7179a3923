package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.RenameSticky;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.EnglishNames;
import org.eventstorm.model.validate.EnglishNouns;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** Commands are intentions: named as an instruction ("Place Order"), not as what happened ("Order Placed"). */
public final class CommandNotImperativeRule extends DescribedRule implements Rule {
    public CommandNotImperativeRule() {
        super("command-not-imperative", "Command not named as an instruction",
                Severity.WARNING, Scope.SELF, Level.PROCESS);
    }

    @Override
    public boolean readsEnglish() {
        return true;
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        if (!(sticky instanceof Command)) {
            return List.of();
        }
        boolean eventLike = !EnglishNames.isImperative(sticky.name());
        if (!eventLike && !EnglishNames.isNounPhrase(sticky.name())) {
            return List.of();
        }
        Optional<String> suggestion = eventLike ? EnglishNames.asCommand(sticky.name()) : EnglishNouns.asInstruction(sticky.name());
        Finding finding = Finding.on(this, id, Field.NAME, "Command '" + sticky.name()
                + (eventLike ? "' reads like an event" : "' names a thing, not an action") + "; a command says what to do"
                + suggestion.map(name -> ", e.g. '" + name + "'").orElse(" (e.g. 'Place Order')"));
        return List.of(suggestion.map(name -> finding.withFix(new Fix("Rename to '" + name + "'", new RenameSticky(id, name)))).orElse(finding));
    }
}
