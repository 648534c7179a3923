package org.eventstorm.app.inspector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Swimlane;

/** The inspector when nothing is selected: the board's title, SpecKit feature and session, level, bounded contexts. */
final class BoardPanel extends VBox {
    private static final int LANE_HEIGHT = 340;

    private final InspectorViewModel model;
    private final ComboBox<String> level = new ComboBox<>();

    BoardPanel(InspectorViewModel model) {
        this.model = model;
        BoardSettings settings = model.document().board().settings();
        getStyleClass().add("board-panel");
        setSpacing(10);
        setPadding(new Insets(12));
        Label title = new Label("BOARD");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        getChildren().add(labelled("Title", "board-title", new CompletingTextField(settings.title(), null,
                text -> model.setSettings(model.document().board().settings().withTitle(text.isBlank() ? settings.title() : text.strip())))));
        getChildren().add(labelled("SpecKit feature", "board-feature", new CompletingTextField(settings.feature(), null,
                text -> model.setSettings(model.document().board().settings().withFeature(text.strip())))));
        getChildren().add(labelled("Session", "board-session", new CompletingTextField(settings.session(), null,
                text -> model.setSettings(model.document().board().settings().withSession(text.strip())))));
        for (Level each : Level.values()) {
            level.getItems().add(each.title());
        }
        level.setValue(settings.level().title());
        level.valueProperty().addListener((observable, was,
                now) -> Arrays.stream(Level.values()).filter(
                        each -> each.title().equals(now) && each != model.document().board().settings().level()).findFirst().ifPresent(
                                chosen -> model.setSettings(model.document().board().settings().withLevel(chosen))));
        getChildren().add(labelled("Level", "board-level", level));
        getChildren().add(labelled("Bounded contexts (swimlanes, top to bottom)", "board-contexts", contexts(model, settings)));
        Label hint = new Label("Select a sticky to see its fields. Drag stickies into a lane to place them in its context.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        getChildren().add(hint);
    }

    private static Node contexts(InspectorViewModel model, BoardSettings settings) {
        ObservableList<BoundedContext> rows = FXCollections.observableArrayList(settings.contexts());
        TableView<BoundedContext> table = new TableView<>(rows);
        table.setEditable(true);
        table.setFixedCellSize(30);
        table.setPrefHeight(Math.min(330, 38 + 30 * Math.max(3, rows.size())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BoundedContext, String> name = new TableColumn<>("Context");
        name.setCellValueFactory(data -> new SimpleStringProperty(data.getValue().name()));
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(event -> {
            String value = event.getNewValue().strip();
            if (!value.isEmpty() && rows.stream().noneMatch(c -> c != event.getRowValue() && c.name().equalsIgnoreCase(value))) {
                BoundedContext old = event.getRowValue();
                commit(model, rows, old, new BoundedContext(value, old.service(), old.swimlane(), old.extra()));
            }
        });
        TableColumn<BoundedContext, String> service = new TableColumn<>("Service");
        service.setCellValueFactory(data -> new SimpleStringProperty(data.getValue().service()));
        service.setCellFactory(TextFieldTableCell.forTableColumn());
        service.setOnEditCommit(event -> {
            BoundedContext old = event.getRowValue();
            commit(model, rows, old, new BoundedContext(old.name(), event.getNewValue().strip(), old.swimlane(), old.extra()));
        });
        table.getColumns().addAll(List.of(name, service));
        Button add = new Button("Add context");
        add.getStyleClass().add("small");
        add.setOnAction(event -> {
            int top = rows.stream().filter(c -> c.swimlane() != null).mapToInt(c -> c.swimlane().bottom()).max().orElse(0);
            String fresh = "Context " + (rows.size() + 1);
            List<BoundedContext> updated = new ArrayList<>(rows);
            updated.add(BoundedContext.of(fresh, fresh.toLowerCase(Locale.ROOT).replace(' ', '-') + "-service", new Swimlane(top, LANE_HEIGHT)));
            model.setSettings(model.document().board().settings().withContexts(updated));
        });
        Button remove = new Button("Remove");
        remove.getStyleClass().add("small");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> {
            List<BoundedContext> updated = new ArrayList<>(rows);
            updated.remove(table.getSelectionModel().getSelectedItem());
            model.setSettings(model.document().board().settings().withContexts(updated));
        });
        return new VBox(4, table, new HBox(6, add, remove));
    }

    private static void commit(InspectorViewModel model, ObservableList<BoundedContext> rows, BoundedContext old, BoundedContext updated) {
        List<BoundedContext> list = new ArrayList<>(rows);
        list.set(list.indexOf(old), updated);
        model.setSettings(model.document().board().settings().withContexts(list));
    }

    /** Shows the board's level as it is now, changed elsewhere (the palette, an undo) while the panel is in use. */
    void showLevel() {
        level.setValue(model.document().board().settings().level().title());
    }

    private static Node labelled(String title, String id, Node editor) {
        Label label = new Label(title);
        label.getStyleClass().add("field-label");
        editor.setId(id);
        return new VBox(4, label, editor);
    }
}
