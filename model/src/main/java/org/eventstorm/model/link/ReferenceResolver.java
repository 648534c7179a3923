package org.eventstorm.model.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.NameLookup;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Policy;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/** Reads the names a sticky's reference fields hold and finds the stickies they name. */
public final class ReferenceResolver {
    private final NameLookup names;

    public ReferenceResolver(NameLookup names) {
        this.names = names;
    }

    /** Every name written in {@code sticky}'s reference fields, in field order then item order. */
    public List<ResolvedReference> referencesOf(StickyId id, Sticky sticky) {
        List<ResolvedReference> result = new ArrayList<>();
        for (LinkRule rule : LinkRule.ownedBy(sticky.kind())) {
            List<String> written = writtenNames(sticky, rule.field());
            for (int i = 0; i < written.size(); i++) {
                Reference reference = Reference.parse(written.get(i));
                if (!reference.isBlank()) {
                    result.add(new ResolvedReference(id, rule, rule.field(), i, reference, resolve(rule, reference)));
                }
            }
        }
        if (sticky instanceof Policy policy && PolicyThen.implies(policy)) {
            PolicyThen.implied(id, policy, this).ifPresent(result::add);
        }
        return result;
    }

    /** The stickies {@code reference} names in the kinds {@code rule} allows, honouring a kind hint. */
    public List<StickyId> resolve(LinkRule rule, Reference reference) {
        Optional<StickyKind> hint = reference.kindHint().filter(kind -> rule.referencedKinds().contains(kind));
        if (hint.isPresent()) {
            return names.find(hint.get(), reference.key());
        }
        List<StickyId> found = find(rule, reference.key());
        if (found.isEmpty() && reference.nameEnd() < reference.written().strip().length()) {
            // "Order Placed (v2)" may be the whole name of a sticky rather than a name with a note.
            found = find(rule, Slug.of(reference.written()));
        }
        return found;
    }

    /** The stickies named {@code key} in the kinds {@code rule} allows, with no other reading of the name. */
    List<StickyId> find(LinkRule rule, String key) {
        List<StickyId> found = new ArrayList<>();
        for (StickyKind kind : rule.referencedKinds()) {
            found.addAll(names.find(kind, key));
        }
        return found;
    }

    /**
     * The name keys {@code sticky} could be naming beyond its reference fields: the word prefixes of a policy's Then
     * lines when it names no command itself. A sticky that appears under one of these keys may be named.
     */
    public static Set<String> impliedKeys(Sticky sticky) {
        return sticky instanceof Policy policy && PolicyThen.implies(policy) ? PolicyThen.candidateKeys(policy) : Set.of();
    }

    /** The names written in a reference field: one for a scalar, one per item or entry for a list. */
    public static List<String> writtenNames(Sticky sticky, Field field) {
        return switch (field.shape()) {
            case TEXT -> sticky.content().text(field).map(List::of).orElse(List.of());
            case NAMES -> sticky.content().names(field);
            case LIST, PROSE -> sticky.content().items(field);
            case SCHEMA, VERSIONS, RETRY -> throw new IllegalArgumentException(field.label() + " holds no names");
        };
    }
}
