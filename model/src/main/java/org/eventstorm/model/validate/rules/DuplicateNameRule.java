package org.eventstorm.model.validate.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** Two stickies of one kind with the same name (ignoring case and spacing): references cannot tell them apart. */
public final class DuplicateNameRule extends DescribedRule implements Rule {
    public DuplicateNameRule() {
        super("duplicate-name", "Duplicate name",
                Severity.ERROR, Scope.SAME_NAME, Level.BIG_PICTURE);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        List<StickyId> others = context.board().find(sticky.kind(), Slug.of(sticky.name())).stream().filter(other -> !other.equals(id)).toList();
        if (others.isEmpty()) {
            return List.of();
        }
        String where = others.stream().map(StickyId::fileName).collect(Collectors.joining(", "));
        return List.of(Finding.on(this, id, Field.NAME, "Another " + sticky.kind().title().toLowerCase(Locale.ROOT)
                + " is also named '" + sticky.name() + "' (" + where + "); references to the name cannot tell them apart, so rename one"));
    }
}
