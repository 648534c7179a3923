package org.eventstorm.model.board;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/** A board's content at one moment, immutable: for equality in tests, for saving, for reloads. */
public record BoardSnapshot(BoardSettings settings, Map<StickyId, Sticky> stickies, Map<StickyId, Geometry> geometry) {
    public BoardSnapshot {
        Objects.requireNonNull(settings, "settings");
        stickies = Collections.unmodifiableSortedMap(new TreeMap<>(stickies));
        geometry = Collections.unmodifiableSortedMap(new TreeMap<>(geometry));
    }
}
