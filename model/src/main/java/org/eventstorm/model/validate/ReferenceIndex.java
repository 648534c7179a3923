package org.eventstorm.model.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.link.Reference;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The references each sticky writes (by field rule, name key and kind hint) and who writes each name key: the index
 * that lets the validator find, after an edit, the stickies whose verdict may have changed.
 */
final class ReferenceIndex {

    /** One written reference as far as resolution cares: in which field, what name key, which kind it insists on. */
    record Written(LinkRule rule, String key, Optional<StickyKind> hint) {
    }

    private final Map<StickyId, Set<Written>> writtenBySticky = new HashMap<>();
    private final Map<String, Set<StickyId>> writersByKey = new HashMap<>();

    /** What a sticky's reference fields write: each name's slug, and the whole text's when it has a note. */
    static Set<Written> writtenBy(Sticky sticky) {
        Set<Written> written = new HashSet<>();
        for (LinkRule rule : LinkRule.ownedBy(sticky.kind())) {
            for (String text : ReferenceResolver.writtenNames(sticky, rule.field())) {
                Reference reference = Reference.parse(text);
                if (!reference.isBlank()) {
                    written.add(new Written(rule, reference.key(), reference.kindHint()));
                    if (reference.nameEnd() < text.strip().length()) {
                        written.add(new Written(rule, Slug.of(text), Optional.empty()));
                    }
                }
            }
        }
        for (String key : ReferenceResolver.impliedKeys(sticky)) {
            written.add(new Written(LinkRule.POLICY_ISSUES_COMMAND, key, Optional.empty()));
        }
        return written;
    }

    Set<Written> written(StickyId id) {
        return writtenBySticky.getOrDefault(id, Set.of());
    }

    Set<StickyId> writers(String key) {
        return writersByKey.getOrDefault(key, Set.of());
    }

    /** Records what {@code id} now writes (empty when it is gone). */
    void put(StickyId id, Set<Written> written) {
        for (Written old : writtenBySticky.getOrDefault(id, Set.of())) {
            Set<StickyId> writers = writersByKey.get(old.key());
            if (writers != null) {
                writers.remove(id);
                if (writers.isEmpty()) {
                    writersByKey.remove(old.key());
                }
            }
        }
        if (written.isEmpty()) {
            writtenBySticky.remove(id);
            return;
        }
        writtenBySticky.put(id, written);
        for (Written reference : written) {
            writersByKey.computeIfAbsent(reference.key(), k -> new HashSet<>()).add(id);
        }
    }
}
