package org.eventstorm.app.canvas;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The view filter: for each kind, whether the canvas shows its stickies, dims them or hides them. It changes only
 * what is drawn and what a click can reach, never the board; hidden stickies keep their places and their links.
 * Kinds that the board's level does not write (commands on a big picture) are drawn as {@link #offLevel()} says,
 * faded unless the person chose otherwise.
 */
public final class KindFilter {
    /** How the canvas draws one kind. */
    public enum Visibility {
        SHOWN, DIMMED, HIDDEN
    }

    private final Map<StickyKind, Visibility> visibility = new EnumMap<>(StickyKind.class);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private Level level = Level.DESIGN;
    private Visibility offLevel = Visibility.DIMMED;

    public KindFilter() {
        for (StickyKind kind : StickyKind.values()) {
            visibility.put(kind, Visibility.SHOWN);
        }
    }

    /** How the canvas draws {@code kind} now: as chosen for it, or fainter when its level is not the board's. */
    public Visibility of(StickyKind kind) {
        Visibility chosen = visibility.get(kind);
        return level.has(kind) || chosen.compareTo(offLevel) >= 0 ? chosen : offLevel;
    }

    /** As chosen for {@code kind} in View > Kinds, whatever the level. */
    public Visibility chosen(StickyKind kind) {
        return visibility.get(kind);
    }

    public boolean isHidden(StickyKind kind) {
        return of(kind) == Visibility.HIDDEN;
    }

    public boolean isDimmed(StickyKind kind) {
        return of(kind) == Visibility.DIMMED;
    }

    /** True when every kind is shown as it is. */
    public boolean showsAll() {
        return Arrays.stream(StickyKind.values()).allMatch(kind -> of(kind) == Visibility.SHOWN);
    }

    /** The board's level: its kinds are drawn as chosen, the others as {@link #offLevel()} says. */
    public void setLevel(Level newLevel) {
        if (newLevel != level) {
            level = newLevel;
            revision.set(revision.get() + 1);
        }
    }

    public Level level() {
        return level;
    }

    /** How the kinds of deeper levels are drawn: faded (the default), hidden, or shown like the rest. */
    public Visibility offLevel() {
        return offLevel;
    }

    public void setOffLevel(Visibility visibility) {
        if (visibility != offLevel) {
            offLevel = visibility;
            revision.set(revision.get() + 1);
        }
    }

    public void set(StickyKind kind, Visibility shown) {
        if (visibility.put(kind, shown) != shown) {
            revision.set(revision.get() + 1);
        }
    }

    /** Shows {@code kinds} and treats every other kind as {@code others}. */
    public void focusOn(Set<StickyKind> kinds, Visibility others) {
        for (StickyKind kind : StickyKind.values()) {
            visibility.put(kind, kinds.contains(kind) ? Visibility.SHOWN : others);
        }
        revision.set(revision.get() + 1);
    }

    public void showAll() {
        focusOn(Set.of(StickyKind.values()), Visibility.SHOWN);
    }

    /** Counts changes, so views can repaint when the filter changes. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
