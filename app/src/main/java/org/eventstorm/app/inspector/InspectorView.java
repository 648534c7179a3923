package org.eventstorm.app.inspector;

import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.eventstorm.app.document.FindingsTouched;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Finding;

/**
 * The right-hand panel: the focused sticky's fields, or the board's settings when nothing is selected. It is rebuilt
 * when what it shows changes, unless the person is typing in it (the field they type in commits when they leave it).
 */
public final class InspectorView extends ScrollPane {
    private final InspectorViewModel model;
    private boolean stale;

    public InspectorView(InspectorViewModel model) {
        this.model = model;
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        model.shownProperty().addListener((observable, was, now) -> rebuild());
        model.document().addListener(change -> {
            StickyId shown = model.shownProperty().get();
            boolean touched = shown == null ? change.changes().stream().anyMatch(Change.SettingsChange.class::isInstance)
                    : change.touchedIds().contains(shown) || change.changes().stream().anyMatch(c -> !(c instanceof Change.GeometryChange));
            if (touched) {
                refreshWhenIdle();
                if (getContent() instanceof StickyPanel panel) {
                    panel.refreshComments();
                }
            }
            if (getContent() instanceof BoardPanel panel && change.changes().stream().anyMatch(Change.SettingsChange.class::isInstance)) {
                panel.showLevel();
            }
        });
        // The findings box follows the validator at once, even while the person types elsewhere in the panel.
        model.document().findings().addListener((ListChangeListener<Finding>) change -> {
            if (getContent() instanceof StickyPanel panel && FindingsTouched.of(change).stickies().contains(model.shownProperty().get())) {
                panel.refreshFindings();
            }
        });
        focusWithinProperty().addListener((observable, was, now) -> {
            if (!now && stale) {
                rebuild();
            }
        });
        model.focusedFieldProperty().addListener((observable, was, field) -> {
            if (field != null) {
                Platform.runLater(() -> reveal(field));
            }
        });
        rebuild();
    }

    /** Scrolls to a field's editor and puts the cursor in it. */
    private void reveal(Field field) {
        if (getContent() == null) {
            return;
        }
        String id = "#field-" + field.label().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        Node editor = getContent().lookup(id);
        if (editor == null) {
            return;
        }
        layout();
        double y = getContent().sceneToLocal(editor.localToScene(0, 0)).getY();
        double room = getContent().getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
        setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 60) / room)));
        firstFocusable(editor).requestFocus();
    }

    /** The editor itself when it takes focus, else the first control inside it that does (a list's first item). */
    private static Node firstFocusable(Node node) {
        if (node.isFocusTraversable() || !(node instanceof Parent parent)) {
            return node;
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            Node found = firstFocusable(child);
            if (found.isFocusTraversable()) {
                return found;
            }
        }
        return node;
    }

    private void refreshWhenIdle() {
        if (isFocusWithin()) {
            stale = true;
        } else {
            rebuild();
        }
    }

    private void rebuild() {
        stale = false;
        double scroll = getVvalue();
        StickyId id = model.shownProperty().get();
        Node content = id != null && model.document().board().contains(id)
                ? new StickyPanel(model, id, model.document().board().get(id))
                : new BoardPanel(model);
        setContent(content);
        setVvalue(scroll);
    }
}
