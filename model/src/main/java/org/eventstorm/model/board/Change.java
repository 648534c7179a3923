package org.eventstorm.model.board;

import java.util.Objects;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * One primitive change to a board, with the state before and after, so that it can be undone exactly.
 * Every edit is compiled into these; the canvas, autosave and the validator all read them.
 */
public sealed interface Change {

    /** The change that undoes this one. */
    Change inverse();

    /**
     * A sticky added ({@code before} null), removed ({@code after} null) or replaced.
     */
    record StickyChange(StickyId id, Sticky before, Sticky after) implements Change {
        public StickyChange {
            Objects.requireNonNull(id, "id");
            if (before == null && after == null) {
                throw new IllegalArgumentException("a sticky change needs a before or an after");
            }
            if (before != null && after != null && before.kind() != after.kind()) {
                throw new IllegalArgumentException("a sticky keeps its kind: " + before.kind() + " -> " + after.kind());
            }
        }

        public boolean isAdd() {
            return before == null;
        }

        public boolean isRemove() {
            return after == null;
        }

        @Override
        public StickyChange inverse() {
            return new StickyChange(id, after, before);
        }
    }

    /** A sticky's place set ({@code before} null), cleared ({@code after} null) or moved. */
    record GeometryChange(StickyId id, Geometry before, Geometry after) implements Change {
        public GeometryChange {
            Objects.requireNonNull(id, "id");
            if (before == null && after == null) {
                throw new IllegalArgumentException("a geometry change needs a before or an after");
            }
        }

        @Override
        public GeometryChange inverse() {
            return new GeometryChange(id, after, before);
        }
    }

    /** A saga or strategy added ({@code before} null), removed ({@code after} null) or replaced. */
    record DefinitionChange(DefinitionId id, Definition before, Definition after) implements Change {
        public DefinitionChange {
            Objects.requireNonNull(id, "id");
            if (before == null && after == null) {
                throw new IllegalArgumentException("a definition change needs a before or an after");
            }
            if (before != null && before.kind() != id.kind() || after != null && after.kind() != id.kind()) {
                throw new IllegalArgumentException(id + " holds a " + id.kind().title().toLowerCase());
            }
        }

        @Override
        public DefinitionChange inverse() {
            return new DefinitionChange(id, after, before);
        }
    }

    /** The board's settings replaced. */
    record SettingsChange(BoardSettings before, BoardSettings after) implements Change {
        public SettingsChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public SettingsChange inverse() {
            return new SettingsChange(after, before);
        }
    }
}
