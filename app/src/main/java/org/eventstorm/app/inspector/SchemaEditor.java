package org.eventstorm.app.inspector;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.eventstorm.model.sticky.SchemaField;

/** An event's payload fields as a small table: name, type, required, description; add and remove rows. */
final class SchemaEditor extends VBox {
    private final ObservableList<SchemaField> rows;
    private final Consumer<List<SchemaField>> commit;

    SchemaEditor(List<SchemaField> fields, Consumer<List<SchemaField>> commit) {
        this.rows = FXCollections.observableArrayList(fields);
        this.commit = commit;
        setSpacing(4);
        TableView<SchemaField> table = new TableView<>(rows);
        table.setEditable(true);
        table.setFixedCellSize(30);
        table.setPrefHeight(Math.min(280, 38 + 30 * Math.max(2, rows.size())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SchemaField, String> name = text("Name", SchemaField::name, (field, value) ->
                new SchemaField(value, field.type(), field.required(), field.description(), field.extra()));
        TableColumn<SchemaField, String> type = text("Type", SchemaField::type, (field, value) ->
                new SchemaField(field.name(), value, field.required(), field.description(), field.extra()));
        TableColumn<SchemaField, Boolean> required = new TableColumn<>("Req.");
        required.setCellValueFactory(data -> {
            SimpleBooleanProperty property = new SimpleBooleanProperty(data.getValue().required());
            property.addListener((observable, was, now) -> replace(data.getValue(),
                    new SchemaField(data.getValue().name(), data.getValue().type(), now, data.getValue().description(), data.getValue().extra())));
            return property;
        });
        required.setCellFactory(CheckBoxTableCell.forTableColumn(required));
        required.setEditable(true);
        required.setPrefWidth(46);
        TableColumn<SchemaField, String> description = text("Description", SchemaField::description, (field, value) ->
                new SchemaField(field.name(), field.type(), field.required(), value, field.extra()));
        table.getColumns().addAll(List.of(name, type, required, description));
        Button add = new Button("Add field");
        add.getStyleClass().add("small");
        add.setOnAction(event -> {
            rows.add(SchemaField.of("field" + (rows.size() + 1), "string", false));
            commit.accept(List.copyOf(rows));
        });
        Button remove = new Button("Remove");
        remove.getStyleClass().add("small");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> {
            rows.remove(table.getSelectionModel().getSelectedItem());
            commit.accept(List.copyOf(rows));
        });
        getChildren().addAll(table, new HBox(6, add, remove));
    }

    private void replace(SchemaField old, SchemaField updated) {
        int index = rows.indexOf(old);
        if (index >= 0 && !old.equals(updated)) {
            rows.set(index, updated);
            commit.accept(List.copyOf(rows));
        }
    }

    private TableColumn<SchemaField, String> text(String title, java.util.function.Function<SchemaField, String> getter,
                                                  java.util.function.BiFunction<SchemaField, String, SchemaField> with) {
        TableColumn<SchemaField, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleStringProperty(getter.apply(data.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(event -> {
            String value = event.getNewValue() == null ? "" : event.getNewValue().strip();
            if (title.equals("Name") && value.isEmpty()) {
                return;
            }
            replace(event.getRowValue(), with.apply(event.getRowValue(), value));
        });
        return column;
    }
}
