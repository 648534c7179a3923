package org.eventstorm.app.canvas;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.eventstorm.model.board.Boundary;

/** What the person answers when they draw a boundary across the lanes, or take one away. */
public final class BoundaryDialog {
    private BoundaryDialog() {
    }

    /** The label for a new boundary ("Fulfilment begins"), or empty when they cancelled. */
    public static Optional<String> label(Window owner) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle("Add Boundary");
        dialog.setHeaderText("A line across every lane, where the story changes chapter or hands");
        dialog.setContentText("Label:");
        dialog.getEditor().setId("boundary-label");
        dialog.getEditor().setPromptText("e.g. Fulfilment begins");
        return dialog.showAndWait().map(String::strip);
    }

    /** The boundary to remove, or empty when they cancelled. */
    public static Optional<Boundary> choose(Window owner, List<Boundary> boundaries) {
        if (boundaries.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<Boundary> dialog = new ChoiceDialog<>(boundaries.get(0), boundaries);
        dialog.initOwner(owner);
        dialog.setTitle("Remove Boundary");
        dialog.setHeaderText("Which boundary goes?");
        dialog.setContentText("Boundary:");
        return dialog.showAndWait();
    }
}
