package org.eventstorm.app.canvas;

import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.FontWeight;
import org.eventstorm.app.theme.Fonts;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.render.StickyPainter;

/**
 * The text field laid over a sticky while its name is typed: a new sticky's, or a rename. Enter keeps the text,
 * Escape drops it; clicking elsewhere keeps it. Tab keeps it too, and (where the caller gives one) goes on to the
 * next sticky of the flow.
 */
final class InlineEditor extends TextField {
    private Consumer<String> onCommit;
    private Consumer<String> onTab;
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
        // A filter, so that Tab reaches us before the text field's own handling moves the focus on.
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isShiftDown() && !event.isShortcutDown()) {
                event.consume();
                commitWith(onTab != null ? onTab : onCommit);
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
        open(place, viewport, text, commit, cancel, null);
    }

    /** As {@link #open(Geometry, Viewport, String, Consumer, Runnable)}; Tab hands the text to {@code tab}. */
    void open(Geometry place, Viewport viewport, String text, Consumer<String> commit, Runnable cancel, Consumer<String> tab) {
        this.onCommit = commit;
        this.onCancel = cancel;
        this.onTab = tab;
        var topLeft = viewport.toScreen(place.x(), place.y());
        double scale = viewport.scale();
        double height = Math.max(30, 34 * Math.min(scale, 1.6));
        double width = Math.max(160, place.w() * scale);
        setFont(Fonts.of(FontWeight.SEMI_BOLD, Math.max(12, Math.min(22, StickyPainter.NAME_SIZE * scale))));
        resizeRelocate(topLeft.getX() + (place.w() * scale - width) / 2, topLeft.getY() + (place.h() * scale - height) / 2, width, height);
        setText(text);
        setVisible(true);
        requestFocus();
        selectAll();
    }

    void commit() {
        commitWith(onCommit);
    }

    private void commitWith(Consumer<String> commit) {
        if (closing || !isVisible()) {
            return;
        }
        closing = true;
        String text = getText();
        setVisible(false);
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
