package org.eventstorm.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Boundary;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;

/**
 * Adds a boundary across the lanes ({@code before} empty), moves or relabels one (both given), or removes one
 * ({@code after} empty); one undo step, saved in {@code board.yaml}.
 */
public record EditBoundary(Optional<Boundary> before, Optional<Boundary> after) implements Edit {
    public EditBoundary {
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a boundary edit adds, changes or removes one");
        }
    }

    public static EditBoundary add(Boundary boundary) {
        return new EditBoundary(Optional.empty(), Optional.of(boundary));
    }

    public static EditBoundary remove(Boundary boundary) {
        return new EditBoundary(Optional.of(boundary), Optional.empty());
    }

    public static EditBoundary change(Boundary from, Boundary to) {
        return new EditBoundary(Optional.of(from), Optional.of(to));
    }

    @Override
    public String description(Board board) {
        if (before.isEmpty()) {
            return "Add boundary " + quoted(after.get());
        }
        if (after.isEmpty()) {
            return "Remove boundary " + quoted(before.get());
        }
        return before.get().x() != after.get().x() ? "Move boundary " + quoted(after.get()) : "Rename boundary " + quoted(after.get());
    }

    @Override
    public void perform(EditSession session) {
        BoardSettings settings = session.board().settings();
        List<Boundary> boundaries = new ArrayList<>(settings.boundaries());
        if (before.isPresent() && !boundaries.remove(before.get())) {
            throw new EditRefused("The boundary " + quoted(before.get()) + " is no longer on the board");
        }
        after.ifPresent(boundaries::add);
        session.apply(new Change.SettingsChange(settings, settings.withBoundaries(boundaries)));
    }

    private static String quoted(Boundary boundary) {
        return boundary.label().isEmpty() ? "at " + boundary.x() : "'" + boundary.label() + "'";
    }
}
