package org.eventstorm.model.link;

import java.util.List;
import java.util.Objects;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyId;

/**
 * One name written in a reference field of {@code owner}, with the stickies it names. No target means a
 * dangling reference (a validator finding, never an error); more than one means the name is ambiguous.
 *
 * @param field the field the name is written in: the rule's own, or another that implies it (a policy's Then line)
 * @param index the position of the name in its field (the list item, or 0 for a single value)
 */
public record ResolvedReference(StickyId owner, LinkRule rule, Field field, int index, Reference reference, List<StickyId> targets) {
    public ResolvedReference {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reference, "reference");
        targets = List.copyOf(targets);
    }

    /** True when the name stands in free text that implies the link (a policy's Then line), not in the link's own field. */
    public boolean isImplied() {
        return field != rule.field();
    }

    public boolean isDangling() {
        return targets.isEmpty();
    }

    /** The arrows this reference draws, pointing the way the rule says. */
    public List<Link> links() {
        return targets.stream().map(target -> rule.ownerEnd() == LinkRule.End.SOURCE ? new Link(rule, owner, target) : new Link(rule, target, owner)).toList();
    }
}
