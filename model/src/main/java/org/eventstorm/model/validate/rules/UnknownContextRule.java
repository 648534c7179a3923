package org.eventstorm.model.validate.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Spelling;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.validate.Advice;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/**
 * A sticky's {@code context} names no bounded context of the board (only checked once the board lists contexts). The
 * board's contexts and the nearest of them are advice, worked out when someone looks: the finding itself reads only the
 * one name, so a change of the board's contexts re-checks just the stickies that name one that came or went.
 */
public final class UnknownContextRule extends DescribedRule implements Rule {
    public UnknownContextRule() {
        super("unknown-context", "Unknown bounded context",
                Severity.WARNING, Scope.SETTINGS, Level.PROCESS);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        BoardSettings settings = context.board().settings();
        Optional<String> named = contextOf(sticky);
        if (settings.contexts().isEmpty() || named.isEmpty() || settings.context(named.get()).isPresent()) {
            return List.of();
        }
        return List.of(Finding.on(this, id, Field.CONTEXT, "'" + sticky.name() + "' belongs to context '" + named.get()
                + "', which the board does not have; add it to the board's contexts or change it to one of them").about(named.get()));
    }

    /** "Contexts are Billing, Orders; did you mean 'Orders'?", with the edit that makes it so. */
    @Override
    public Optional<Advice> advise(Finding finding, ValidationContext context) {
        List<String> names = context.board().settings().contexts().stream().map(BoundedContext::name).toList();
        if (finding.sticky() == null || finding.subject() == null || names.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> suggestion = Spelling.closest(finding.subject(), names);
        return Optional.of(new Advice("contexts are " + String.join(", ", names) + suggestion.map(s -> "; did you mean '" + s + "'?").orElse(""),
                suggestion.map(s -> new Fix("Change to '" + s + "'", new EditField(finding.sticky(), Field.CONTEXT, Text.of(s)))).orElse(null)));
    }

    @Override
    public Set<String> settingsRead(Sticky sticky) {
        return contextOf(sticky).map(name -> Set.of(key(name))).orElse(Set.of());
    }

    /** The names that came or went; every sticky when the board's first context came or its last one went. */
    @Override
    public Optional<Set<String>> settingsChanged(BoardSettings before, BoardSettings after) {
        if (before.contexts().isEmpty() != after.contexts().isEmpty()) {
            return Optional.empty();
        }
        Set<String> old = keys(before);
        Set<String> now = keys(after);
        Set<String> changed = new HashSet<>(old);
        changed.addAll(now);
        old.retainAll(now);
        changed.removeAll(old);
        return Optional.of(changed);
    }

    private static Optional<String> contextOf(Sticky sticky) {
        return sticky.kind().has(Field.CONTEXT) ? sticky.content().text(Field.CONTEXT) : Optional.empty();
    }

    private static Set<String> keys(BoardSettings settings) {
        Set<String> keys = new HashSet<>();
        settings.contexts().forEach(context -> keys.add(key(context.name())));
        return keys;
    }

    /** Equal for two names exactly when {@link BoardSettings#context} takes one for the other (ignoring case, then stripped). */
    private static String key(String name) {
        StringBuilder key = new StringBuilder();
        name.strip().codePoints().forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return key.toString();
    }
}
