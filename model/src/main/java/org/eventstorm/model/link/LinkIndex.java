package org.eventstorm.model.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventstorm.model.sticky.StickyId;

/** The board's links looked up by rule and end: which events a command produces, which policies an event triggers. */
public final class LinkIndex {
    private final Map<LinkRule, Map<StickyId, List<StickyId>>> forward = new EnumMap<>(LinkRule.class);
    private final Map<LinkRule, Map<StickyId, List<StickyId>>> backward = new EnumMap<>(LinkRule.class);
    private final Set<StickyId> linked = new HashSet<>();

    public LinkIndex(List<Link> links) {
        for (Link link : links) {
            forward.computeIfAbsent(link.rule(), rule -> new HashMap<>()).computeIfAbsent(link.from(), id -> new ArrayList<>()).add(link.to());
            backward.computeIfAbsent(link.rule(), rule -> new HashMap<>()).computeIfAbsent(link.to(), id -> new ArrayList<>()).add(link.from());
            linked.add(link.from());
            linked.add(link.to());
        }
    }

    /** True when some link starts or ends at {@code id}. */
    public boolean isLinked(StickyId id) {
        return linked.contains(id);
    }

    /** The stickies {@code from} points at through {@code rule}, in the order they are written. */
    public List<StickyId> targets(LinkRule rule, StickyId from) {
        return forward.getOrDefault(rule, Map.of()).getOrDefault(from, List.of());
    }

    /** The stickies that point at {@code to} through {@code rule}, in board order. */
    public List<StickyId> sources(LinkRule rule, StickyId to) {
        return backward.getOrDefault(rule, Map.of()).getOrDefault(to, List.of());
    }
}
