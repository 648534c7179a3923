package org.eventstorm.app.canvas;

import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.FontWeight;
import org.eventstorm.app.theme.Fonts;
import org.eventstorm.model.board.Geometry;

/**
 * The text field laid over a sticky while its name is typed: a new sticky's, or a rename. Enter keeps the text,
 * Escape drops it; clicking elsewhere keeps it.
 */
final class InlineEditor extends TextField {
    private Consumer<String> onCommit;
    private Runnable onCancel;
    private boolean closing;

    InlineEditor() {
        getStyleClass().add("inline-editor");
        setManaged(false);
        setVisible(false);
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                commit();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                cancel();
                event.consume();
            }
        });
        focusedProperty().addListener((observable, was, now) -> {
            if (!now && isVisible()) {
                commit();
            }
        });
    }

    boolean isEditing() {
        return isVisible();
    }

    /** Shows the field over a sticky's place on screen, with {@code text} selected. */
    void open(Geometry place, Viewport viewport, String text, Consumer<String> commit, Runnable cancel) {
        this.onCommit = commit;
        this.onCancel = cancel;
        var topLeft = viewport.toScreen(place.x(), place.y());
        double scale = viewport.scale();
        double height = Math.max(30, 34 * Math.min(scale, 1.6));
        double width = Math.max(160, place.w() * scale);
        setFont(Fonts.of(FontWeight.SEMI_BOLD, Math.max(12, Math.min(22, org.eventstorm.exporters.picture.StickyPainter.NAME_SIZE * scale))));
        resizeRelocate(topLeft.getX() + (place.w() * scale - width) / 2, topLeft.getY() + (place.h() * scale - height) / 2, width, height);
        setText(text);
        setVisible(true);
        requestFocus();
        selectAll();
    }

    void commit() {
        if (closing || !isVisible()) {
            return;
        }
        closing = true;
        String text = getText();
        setVisible(false);
        Consumer<String> commit = onCommit;
        closing = false;
        if (commit != null) {
            commit.accept(text);
        }
    }

    void cancel() {
        if (closing || !isVisible()) {
            return;
        }
        closing = true;
        setVisible(false);
        closing = false;
        if (onCancel != null) {
            onCancel.run();
        }
    }
}
