package org.eventstorm.model.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * A three-way merge of a board changed outside the tool (a {@code git pull}, an editor) with its unsaved edits here.
 * Each sticky's content, each sticky's place, each saga or strategy, and the settings are merged on their own: what
 * changed on one side only is taken from that side, what changed on both sides alike is kept, and what changed on
 * both sides differently is a {@link Conflict} for the person to settle. Nothing is chosen for them.
 */
public final class SnapshotMerge {
    /** One thing that can conflict. */
    public sealed interface Item permits StickyContent, StickyPlace, DefinitionItem, SettingsItem {
    }

    public record StickyContent(StickyId id) implements Item {
    }

    public record StickyPlace(StickyId id) implements Item {
    }

    public record DefinitionItem(DefinitionId id) implements Item {
    }

    public record SettingsItem() implements Item {
    }

    /** How the two sides differ on one item. */
    public enum Clash {
        BOTH_CHANGED, CHANGED_HERE_DELETED_THERE, DELETED_HERE_CHANGED_THERE
    }

    /** An item changed here and on disk, differently. */
    public record Conflict(Item item, Clash clash) {
    }

    private final BoardSnapshot base;
    private final BoardSnapshot mine;
    private final BoardSnapshot theirs;
    private final List<Conflict> conflicts = new ArrayList<>();
    private boolean outsideChanged;

    private SnapshotMerge(BoardSnapshot base, BoardSnapshot mine, BoardSnapshot theirs) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
        compare(BoardSnapshot::stickies, StickyContent::new);
        compare(BoardSnapshot::geometry, StickyPlace::new);
        compare(BoardSnapshot::definitions, DefinitionItem::new);
        decide(new SettingsItem(), base.settings(), mine.settings(), theirs.settings());
    }

    /**
     * @param base   the board as it was on disk when last read or saved
     * @param mine   the board here now, unsaved edits included
     * @param theirs the board as it is on disk now
     */
    public static SnapshotMerge of(BoardSnapshot base, BoardSnapshot mine, BoardSnapshot theirs) {
        return new SnapshotMerge(base, mine, theirs);
    }

    /** True when the disk holds anything other than what was last read or saved. */
    public boolean outsideChanged() {
        return outsideChanged;
    }

    public List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    /** The merged board, each conflict settled for the disk's version when in {@code takeTheirs}, else for this one. */
    public BoardSnapshot resolve(Set<Item> takeTheirs) {
        Map<StickyId, Sticky> stickies = pick(BoardSnapshot::stickies, StickyContent::new, takeTheirs);
        Map<StickyId, Geometry> geometry = pick(BoardSnapshot::geometry, StickyPlace::new, takeTheirs);
        geometry.keySet().retainAll(stickies.keySet());
        for (StickyId id : stickies.keySet()) {
            // A sticky kept on one side while the other removed it keeps a place: the side whose sticky it is first.
            if (!geometry.containsKey(id)) {
                boolean theirsKept = stickies.get(id).equals(theirs.stickies().get(id));
                Geometry place = theirsKept && theirs.geometry().containsKey(id) ? theirs.geometry().get(id) : mine.geometry().get(id);
                if (place == null) {
                    place = theirs.geometry().get(id);
                }
                if (place != null) {
                    geometry.put(id, place);
                }
            }
        }
        Map<DefinitionId, Definition> definitions = pick(BoardSnapshot::definitions, DefinitionItem::new, takeTheirs);
        SettingsItem settings = new SettingsItem();
        BoardSettings chosen = choose(settings, base.settings(), mine.settings(), theirs.settings(), takeTheirs);
        return new BoardSnapshot(chosen, stickies, geometry, definitions);
    }

    private <K extends Comparable<K>, V> void compare(Function<BoardSnapshot, Map<K, V>> part, Function<K, Item> item) {
        for (K key : keys(part)) {
            decide(item.apply(key), part.apply(base).get(key), part.apply(mine).get(key), part.apply(theirs).get(key));
        }
    }

    private <V> void decide(Item item, V was, V here, V there) {
        if (Objects.equals(was, there)) {
            return;
        }
        outsideChanged = true;
        if (Objects.equals(was, here) || Objects.equals(here, there)) {
            return;
        }
        conflicts.add(new Conflict(item, here == null ? Clash.DELETED_HERE_CHANGED_THERE
                : there == null ? Clash.CHANGED_HERE_DELETED_THERE : Clash.BOTH_CHANGED));
    }

    private <K extends Comparable<K>, V> Map<K, V> pick(Function<BoardSnapshot, Map<K, V>> part, Function<K, Item> item, Set<Item> takeTheirs) {
        Map<K, V> merged = new HashMap<>();
        for (K key : keys(part)) {
            V value = choose(item.apply(key), part.apply(base).get(key), part.apply(mine).get(key), part.apply(theirs).get(key), takeTheirs);
            if (value != null) {
                merged.put(key, value);
            }
        }
        return merged;
    }

    private static <V> V choose(Item item, V was, V here, V there, Set<Item> takeTheirs) {
        if (Objects.equals(was, there)) {
            return here;
        }
        if (Objects.equals(was, here)) {
            return there;
        }
        return takeTheirs.contains(item) ? there : here;
    }

    private <K extends Comparable<K>, V> Set<K> keys(Function<BoardSnapshot, Map<K, V>> part) {
        Set<K> keys = new TreeSet<>(part.apply(base).keySet());
        keys.addAll(part.apply(mine).keySet());
        keys.addAll(part.apply(theirs).keySet());
        return keys;
    }
}
