package org.eventstorm.model.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.StickyId;

/**
 * The primitive changes that turn one board content into another, in an order the board can apply them: places
 * of stickies that go are cleared first and places of new stickies set last, so every place always has its sticky.
 */
public final class SnapshotDiff {
    private SnapshotDiff() {
    }

    public static List<Change> between(BoardSnapshot from, BoardSnapshot to) {
        List<Change> removals = new ArrayList<>();
        List<Change> content = new ArrayList<>();
        List<Change> additions = new ArrayList<>();
        if (!from.settings().equals(to.settings())) {
            content.add(new Change.SettingsChange(from.settings(), to.settings()));
        }
        from.geometry().forEach((id, place) -> {
            Geometry target = to.geometry().get(id);
            if (target == null) {
                removals.add(new Change.GeometryChange(id, place, null));
            } else if (!target.equals(place)) {
                content.add(new Change.GeometryChange(id, place, target));
            }
        });
        for (StickyId id : from.stickies().keySet()) {
            if (!to.stickies().containsKey(id)) {
                content.add(new Change.StickyChange(id, from.stickies().get(id), null));
            }
        }
        to.stickies().forEach((id, sticky) -> {
            if (!sticky.equals(from.stickies().get(id))) {
                content.add(new Change.StickyChange(id, from.stickies().get(id), sticky));
            }
        });
        to.geometry().forEach((id, place) -> {
            if (!from.geometry().containsKey(id)) {
                additions.add(new Change.GeometryChange(id, null, place));
            }
        });
        for (DefinitionId id : from.definitions().keySet()) {
            if (!to.definitions().containsKey(id)) {
                content.add(new Change.DefinitionChange(id, from.definitions().get(id), null));
            }
        }
        to.definitions().forEach((id, definition) -> {
            if (!Objects.equals(definition, from.definitions().get(id))) {
                content.add(new Change.DefinitionChange(id, from.definitions().get(id), definition));
            }
        });
        List<Change> all = new ArrayList<>(removals);
        all.addAll(content);
        all.addAll(additions);
        return all;
    }
}
