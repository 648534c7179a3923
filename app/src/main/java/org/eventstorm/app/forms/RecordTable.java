package org.eventstorm.app.forms;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A list of records as a table edited in place: a text or check column per component, Add and Remove buttons. Records
 * are immutable, so an edited cell replaces its row with a new record, and every change hands the whole new list to
 * {@code commit} (one edit on the board).
 *
 * @param <T> the record of a row
 */
public final class RecordTable<T> extends VBox {
    private final ObservableList<T> rows;
    private final Consumer<List<T>> commit;
    private final TableView<T> table;

    /**
     * @param blank the record the Add button adds, given the rows so far; null for a table without Add
     */
    public RecordTable(String id, List<T> records, Function<List<T>, T> blank, String addLabel, Consumer<List<T>> commit) {
        this.rows = FXCollections.observableArrayList(records);
        this.commit = commit;
        setId(id);
        setSpacing(4);
        table = new TableView<>(rows);
        table.setId(id + "-table");
        table.setEditable(true);
        table.setFixedCellSize(28);
        fitHeight();
        rows.addListener((ListChangeListener<T>) change -> fitHeight());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        HBox buttons = new HBox(6);
        if (blank != null) {
            Button add = new Button(addLabel);
            add.setId(id + "-add");
            add.getStyleClass().add("small");
            add.setOnAction(event -> {
                rows.add(blank.apply(List.copyOf(rows)));
                commit.accept(List.copyOf(rows));
                table.getSelectionModel().selectLast();
                table.scrollTo(rows.size() - 1);
            });
            buttons.getChildren().add(add);
        }
        Button remove = new Button("Remove");
        remove.setId(id + "-remove");
        remove.getStyleClass().add("small");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> {
            rows.remove(table.getSelectionModel().getSelectedItem());
            commit.accept(List.copyOf(rows));
        });
        buttons.getChildren().add(remove);
        getChildren().addAll(table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /** As tall as its rows, up to a point, then it scrolls. */
    private void fitHeight() {
        table.setPrefHeight(Math.min(260, 40 + 28 * Math.max(2, rows.size())));
    }

    public TableView<T> table() {
        return table;
    }

    /** A column of text; {@code accepts} says which edited values are kept (an empty name, say, is not). */
    public RecordTable<T> text(String title, double width, Function<T, String> getter, BiFunction<T, String, T> with, Predicate<String> accepts) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleStringProperty(getter.apply(data.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(event -> {
            String value = event.getNewValue() == null ? "" : event.getNewValue().strip();
            if (accepts.test(value)) {
                replace(event.getRowValue(), with.apply(event.getRowValue(), value));
            } else {
                table.refresh();
            }
        });
        column.setPrefWidth(width);
        table.getColumns().add(column);
        return this;
    }

    public RecordTable<T> text(String title, double width, Function<T, String> getter, BiFunction<T, String, T> with) {
        return text(title, width, getter, with, value -> true);
    }

    /** A column of check boxes. */
    public RecordTable<T> check(String title, double width, Function<T, Boolean> getter, BiFunction<T, Boolean, T> with) {
        TableColumn<T, Boolean> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> {
            SimpleBooleanProperty property = new SimpleBooleanProperty(getter.apply(data.getValue()));
            property.addListener((observable, was, now) -> replace(data.getValue(), with.apply(data.getValue(), now)));
            return property;
        });
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        column.setEditable(true);
        column.setPrefWidth(width);
        column.setMaxWidth(width + 10);
        table.getColumns().add(column);
        return this;
    }

    private void replace(T old, T updated) {
        int index = rows.indexOf(old);
        if (index >= 0 && !old.equals(updated)) {
            rows.set(index, updated);
            commit.accept(List.copyOf(rows));
        }
    }
}
