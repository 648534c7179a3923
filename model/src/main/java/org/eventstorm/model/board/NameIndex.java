package org.eventstorm.model.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/** The board's stickies by kind and name key (slug), kept as stickies come and go: how references find their targets. */
final class NameIndex {
    private final Map<StickyKind, Map<String, List<StickyId>>> byKind = new EnumMap<>(StickyKind.class);

    NameIndex() {
        for (StickyKind kind : StickyKind.values()) {
            byKind.put(kind, new HashMap<>());
        }
    }

    List<StickyId> find(StickyKind kind, String key) {
        return byKind.get(kind).getOrDefault(key, List.of());
    }

    Set<String> keys(StickyKind kind) {
        return Collections.unmodifiableSet(byKind.get(kind).keySet());
    }

    void add(StickyId id, String name) {
        byKind.get(id.kind()).compute(Slug.of(name), (key, ids) -> {
            if (ids == null) {
                return List.of(id);
            }
            List<StickyId> updated = new ArrayList<>(ids);
            updated.add(id);
            updated.sort(null);
            return List.copyOf(updated);
        });
    }

    void remove(StickyId id, String name) {
        byKind.get(id.kind()).computeIfPresent(Slug.of(name), (key, ids) -> {
            List<StickyId> updated = new ArrayList<>(ids);
            updated.remove(id);
            return updated.isEmpty() ? null : List.copyOf(updated);
        });
    }
}
