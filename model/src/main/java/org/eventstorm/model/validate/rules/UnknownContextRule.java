package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Spelling;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** A sticky's {@code context} names no bounded context of the board (only checked once the board lists contexts). */
public final class UnknownContextRule extends DescribedRule implements Rule {
    public UnknownContextRule() {
        super("unknown-context", "Unknown bounded context",
                Severity.WARNING, Scope.SETTINGS, Level.PROCESS);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        List<BoundedContext> contexts = context.board().settings().contexts();
        if (contexts.isEmpty() || !sticky.kind().has(Field.CONTEXT)) {
            return List.of();
        }
        Optional<String> named = sticky.content().text(Field.CONTEXT);
        if (named.isEmpty() || context.board().settings().context(named.get()).isPresent()) {
            return List.of();
        }
        List<String> names = contexts.stream().map(BoundedContext::name).toList();
        Optional<String> suggestion = Spelling.closest(named.get(), names);
        Finding finding = Finding.on(this, id, Field.CONTEXT, "'" + sticky.name() + "' belongs to context '" + named.get()
                + "', which the board does not have; contexts are " + String.join(", ", names)
                + suggestion.map(s -> " (did you mean '" + s + "'?)").orElse(""));
        return List.of(suggestion.map(s -> finding.withFix(new Fix("Change to '" + s + "'", new EditField(id, Field.CONTEXT, Text.of(s))))).orElse(finding));
    }
}
