package org.eventstorm.model.board;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/** A board's content at one moment, immutable: for equality in tests, for saving, for reloads. */
public record BoardSnapshot(BoardSettings settings, Map<StickyId, Sticky> stickies, Map<StickyId, Geometry> geometry,
        Map<DefinitionId, Definition> definitions) {
    public BoardSnapshot {
        Objects.requireNonNull(settings, "settings");
        stickies = Collections.unmodifiableSortedMap(new TreeMap<>(stickies));
        geometry = Collections.unmodifiableSortedMap(new TreeMap<>(geometry));
        definitions = Collections.unmodifiableSortedMap(new TreeMap<>(definitions));
    }

    /** A board of stickies only. */
    public BoardSnapshot(BoardSettings settings, Map<StickyId, Sticky> stickies, Map<StickyId, Geometry> geometry) {
        this(settings, stickies, geometry, Map.of());
    }
}
