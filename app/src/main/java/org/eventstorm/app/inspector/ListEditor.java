package org.eventstorm.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** An editable list of one-line items (Data Carried, Produces Events, about ...): edit, add, remove. */
final class ListEditor extends VBox {
    private final List<String> items;
    private final Supplier<List<String>> completions;
    private final Consumer<List<String>> commit;

    ListEditor(List<String> items, Supplier<List<String>> completions, Consumer<List<String>> commit) {
        this.items = new ArrayList<>(items);
        this.completions = completions;
        this.commit = commit;
        setSpacing(4);
        getStyleClass().add("list-editor");
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            CompletingTextField field = new CompletingTextField(items.get(i), completions, text -> {
                if (text.isBlank()) {
                    items.remove(index);
                } else {
                    items.set(index, text.strip());
                }
                commit.accept(List.copyOf(items));
            });
            HBox.setHgrow(field, Priority.ALWAYS);
            Button remove = new Button("\u2715");
            remove.getStyleClass().addAll("flat", "small", "remove-item");
            remove.setOnAction(event -> {
                items.remove(index);
                commit.accept(List.copyOf(items));
            });
            HBox row = new HBox(4, field, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
        CompletingTextField adding = new CompletingTextField("", completions, text -> {
            if (!text.isBlank()) {
                items.add(text.strip());
                commit.accept(List.copyOf(items));
            }
        });
        adding.setPromptText("Add an item\u2026");
        adding.getStyleClass().add("add-item");
        getChildren().add(adding);
    }
}
