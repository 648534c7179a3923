package org.eventstorm.app.window;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.SnapshotMerge.Conflict;
import org.eventstorm.model.board.SnapshotMerge.Item;
import org.eventstorm.model.board.SnapshotMerge;
import org.eventstorm.model.sticky.StickyId;

/**
 * Asks, for each thing changed both here and on disk, which version stays: the edit made here (the default) or the
 * one on disk. The dialog cannot be dismissed without an answer; closing it keeps every edit made here.
 */
final class ConflictDialog {
    static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);

    private ConflictDialog() {
    }

    /** The items whose disk version the person chose. */
    static Set<Item> ask(Window owner, List<Conflict> conflicts, BoardSnapshot mine, BoardSnapshot theirs) {
        Map<Item, RadioButton> takeTheirs = new LinkedHashMap<>();
        GridPane rows = new GridPane();
        rows.setHgap(16);
        rows.setVgap(8);
        rows.setPadding(new Insets(4, 0, 4, 0));
        int row = 0;
        for (Conflict conflict : conflicts) {
            String key = key(conflict.item());
            Label what = new Label(title(conflict.item(), mine, theirs) + "\n" + clash(conflict.clash()));
            what.setWrapText(true);
            ToggleGroup group = new ToggleGroup();
            RadioButton keepMine = new RadioButton(conflict.clash() == SnapshotMerge.Clash.DELETED_HERE_CHANGED_THERE ? "Keep it deleted" : "Keep mine");
            keepMine.setId("conflict-" + key + "-mine");
            RadioButton theirsButton = new RadioButton(conflict.clash() == SnapshotMerge.Clash.CHANGED_HERE_DELETED_THERE ? "Delete it" : "Take the file's");
            theirsButton.setId("conflict-" + key + "-theirs");
            keepMine.setToggleGroup(group);
            theirsButton.setToggleGroup(group);
            keepMine.setSelected(true);
            rows.addRow(row++, what, keepMine, theirsButton);
            takeTheirs.put(conflict.item(), theirsButton);
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(320, 56.0 * conflicts.size()));
        Label intro = new Label("Another program changed the board's files while you had unsaved edits to the same "
                + (conflicts.size() == 1 ? "thing" : conflicts.size() + " things") + ". Everything else was merged.");
        intro.setWrapText(true);
        VBox content = new VBox(12, intro, scroll);
        content.setPrefWidth(640);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", APPLY);
        alert.initOwner(owner);
        alert.setTitle("EventStorm Studio");
        alert.setHeaderText("The files changed on disk: choose what to keep");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("conflict-dialog");
        alert.showAndWait();
        Set<Item> chosen = new HashSet<>();
        takeTheirs.forEach((item, button) -> {
            if (button.isSelected()) {
                chosen.add(item);
            }
        });
        return chosen;
    }

    private static String key(Item item) {
        if (item instanceof SnapshotMerge.StickyContent content) {
            return content.id().toString().replace('/', '-');
        }
        if (item instanceof SnapshotMerge.StickyPlace place) {
            return place.id().toString().replace('/', '-') + "-place";
        }
        if (item instanceof SnapshotMerge.DefinitionItem definition) {
            return definition.id().path().replace('/', '-');
        }
        return "settings";
    }

    private static String title(Item item, BoardSnapshot mine, BoardSnapshot theirs) {
        if (item instanceof SnapshotMerge.StickyContent content) {
            return "\u201C" + name(content.id(), mine, theirs) + "\u201D (" + content.id().kind().title().toLowerCase(Locale.ROOT) + ")";
        }
        if (item instanceof SnapshotMerge.StickyPlace place) {
            return "Where \u201C" + name(place.id(), mine, theirs) + "\u201D is on the board";
        }
        if (item instanceof SnapshotMerge.DefinitionItem definition) {
            return definition.id().path();
        }
        return "The board's settings (board.yaml)";
    }

    private static String name(StickyId id, BoardSnapshot mine, BoardSnapshot theirs) {
        var sticky = mine.stickies().containsKey(id) ? mine.stickies().get(id) : theirs.stickies().get(id);
        return sticky == null ? id.toString() : sticky.name();
    }

    private static String clash(SnapshotMerge.Clash clash) {
        return switch (clash) {
            case BOTH_CHANGED -> "changed here and in its file";
            case CHANGED_HERE_DELETED_THERE -> "changed here, its file was deleted";
            case DELETED_HERE_CHANGED_THERE -> "deleted here, its file was changed";
        };
    }
}
