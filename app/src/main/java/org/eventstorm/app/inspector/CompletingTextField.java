package org.eventstorm.app.inspector;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A text field that commits on Enter or when it loses focus, and, given names to choose from, offers the ones
 * matching what is typed.
 */
final class CompletingTextField extends TextField {
    private final ContextMenu suggestions = new ContextMenu();
    private String committed;

    CompletingTextField(String text, Supplier<List<String>> names, Consumer<String> commit) {
        super(text);
        this.committed = text;
        setOnAction(event -> {
            suggestions.hide();
            commitIfChanged(commit);
        });
        focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                suggestions.hide();
                commitIfChanged(commit);
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                setText(committed);
                suggestions.hide();
            }
        });
        if (names != null) {
            textProperty().addListener((observable, was, now) -> {
                if (!isFocused()) {
                    return;
                }
                String typed = now.strip().toLowerCase(Locale.ROOT);
                List<String> matching = names.get().stream().filter(
                        name -> !typed.isEmpty() && name.toLowerCase(Locale.ROOT).contains(typed) && !name.equals(now)).limit(8).toList();
                if (matching.isEmpty()) {
                    suggestions.hide();
                    return;
                }
                suggestions.getItems().setAll(matching.stream().map(name -> {
                    MenuItem item = new MenuItem(name);
                    item.setOnAction(event -> {
                        setText(name);
                        positionCaret(name.length());
                        commitIfChanged(commit);
                    });
                    return item;
                }).toList());
                if (!suggestions.isShowing()) {
                    suggestions.show(this, Side.BOTTOM, 0, 0);
                }
            });
        }
    }

    private void commitIfChanged(Consumer<String> commit) {
        if (!getText().equals(committed)) {
            committed = getText();
            commit.accept(getText());
        }
    }
}
