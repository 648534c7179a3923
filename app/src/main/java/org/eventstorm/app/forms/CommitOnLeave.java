package org.eventstorm.app.forms;

import java.util.function.Consumer;
import javafx.scene.control.TextField;

/** A text field that commits what was typed on Enter and when it loses focus, once per change. */
public final class CommitOnLeave {
    private CommitOnLeave() {
    }

    public static TextField field(String id, String value, String prompt, Consumer<String> commit) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPromptText(prompt);
        String[] committed = {value};
        Runnable done = () -> {
            String text = field.getText() == null ? "" : field.getText().strip();
            if (!text.equals(committed[0])) {
                committed[0] = text;
                commit.accept(text);
            }
        };
        field.setOnAction(event -> done.run());
        field.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                done.run();
            }
        });
        return field;
    }
}
