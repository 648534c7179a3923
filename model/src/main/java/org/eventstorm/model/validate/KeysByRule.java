package org.eventstorm.model.validate;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eventstorm.model.sticky.StickyId;

/**
 * For each rule, the keys each sticky's verdict looks at, both ways round, so that a key that changes finds the
 * stickies it matters to. The validator keeps two: the name keys the findings of rules that suggest names look for
 * (a name appearing or going), and the keys of the board's settings the settings rules read (a bounded context
 * coming or going).
 */
final class KeysByRule {
    /** By rule: each holder and the keys it sought. */
    private final Map<String, Map<StickyId, Set<String>>> holders = new HashMap<>();
    /** By rule: each key and the holders that sought it. */
    private final Map<String, Map<String, Set<StickyId>>> byKey = new HashMap<>();

    void clear() {
        holders.clear();
        byKey.clear();
    }

    /** Records that {@code id}'s verdict of {@code ruleId} looks at {@code keys}. */
    void record(String ruleId, StickyId id, Set<String> keys) {
        holders.computeIfAbsent(ruleId, key -> new HashMap<>()).put(id, keys);
        Map<String, Set<StickyId>> byName = byKey.computeIfAbsent(ruleId, key -> new HashMap<>());
        keys.forEach(key -> byName.computeIfAbsent(key, k -> new HashSet<>()).add(id));
    }

    /** Drops what {@code id} looked at for {@code ruleId}, before its verdict is replaced or it is gone. */
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

    /** The stickies whose verdict of {@code ruleId} looks at any of {@code keys}, in id order. */
    Set<StickyId> holdersSeeking(String ruleId, Collection<String> keys) {
        Map<String, Set<StickyId>> byName = byKey.getOrDefault(ruleId, Map.of());
        Set<StickyId> affected = new TreeSet<>();
        keys.forEach(key -> affected.addAll(byName.getOrDefault(key, Set.of())));
        return affected;
    }
}
