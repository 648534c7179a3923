package org.eventstorm.model.file;

import java.util.List;
import java.util.Map;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Geometry;

/**
 * What {@code board.yaml} said: the settings, the geometry by id as written, and the document for writing
 * unchanged entries back exactly.
 *
 * @param geometry places keyed by the id text as written ({@code events/order-placed}), with their lines
 */
record BoardYaml(BoardSettings settings, Map<String, Placed> geometry, YamlDocument source, List<Problem> warnings) {

    /** One geometry entry and the line it was written on. */
    record Placed(Geometry geometry, int line) {
    }

    BoardYaml {
        geometry = Map.copyOf(geometry);
        warnings = List.copyOf(warnings);
    }
}
