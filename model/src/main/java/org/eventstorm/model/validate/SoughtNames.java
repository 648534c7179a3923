package org.eventstorm.model.validate;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eventstorm.model.sticky.StickyId;

/**
 * For the rules that suggest names: which stickies hold a finding of the rule now, and the name keys each one's
 * suggestion looks for, both ways round, so that a name appearing or going finds the holders it matters to.
 */
final class SoughtNames {
    /** By rule: each holder and the keys it sought. */
    private final Map<String, Map<StickyId, Set<String>>> holders = new HashMap<>();
    /** By rule: each key and the holders that sought it. */
    private final Map<String, Map<String, Set<StickyId>>> byKey = new HashMap<>();

    void clear() {
        holders.clear();
        byKey.clear();
    }

    /** Records that {@code id} holds a finding of {@code ruleId} whose suggestion looks for {@code keys}. */
    void record(String ruleId, StickyId id, Set<String> keys) {
        holders.computeIfAbsent(ruleId, key -> new HashMap<>()).put(id, keys);
        Map<String, Set<StickyId>> byName = byKey.computeIfAbsent(ruleId, key -> new HashMap<>());
        keys.forEach(key -> byName.computeIfAbsent(key, k -> new HashSet<>()).add(id));
    }

    /** Drops what {@code id} sought for {@code ruleId}, before its findings are replaced or it is gone. */
    void forget(String ruleId, StickyId id) {
        Set<String> keys = holders.getOrDefault(ruleId, Map.of()).get(id);
        if (keys != null) {
            holders.get(ruleId).remove(id);
            Map<String, Set<StickyId>> byName = byKey.get(ruleId);
            for (String key : keys) {
                Set<StickyId> ids = byName.get(key);
                if (ids != null && ids.remove(id) && ids.isEmpty()) {
                    byName.remove(key);
                }
            }
        }
    }

    /** The holders of {@code ruleId}'s findings that sought any of {@code keys}, in id order. */
    Set<StickyId> holdersSeeking(String ruleId, Collection<String> keys) {
        Map<String, Set<StickyId>> byName = byKey.getOrDefault(ruleId, Map.of());
        Set<StickyId> affected = new TreeSet<>();
        keys.forEach(key -> affected.addAll(byName.getOrDefault(key, Set.of())));
        return affected;
    }
}
