package org.eventstorm.app.canvas;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The view filter: for each kind, whether the canvas shows its stickies, dims them or hides them. It changes only
 * what is drawn and what a click can reach, never the board; hidden stickies keep their places and their links.
 */
public final class KindFilter {
    /** How the canvas draws one kind. */
    public enum Visibility {
        SHOWN, DIMMED, HIDDEN
    }

    private final Map<StickyKind, Visibility> visibility = new EnumMap<>(StickyKind.class);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    public KindFilter() {
        for (StickyKind kind : StickyKind.values()) {
            visibility.put(kind, Visibility.SHOWN);
        }
    }

    public Visibility of(StickyKind kind) {
        return visibility.get(kind);
    }

    public boolean isHidden(StickyKind kind) {
        return visibility.get(kind) == Visibility.HIDDEN;
    }

    public boolean isDimmed(StickyKind kind) {
        return visibility.get(kind) == Visibility.DIMMED;
    }

    /** True when every kind is shown as it is. */
    public boolean showsAll() {
        return visibility.values().stream().allMatch(each -> each == Visibility.SHOWN);
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
