package org.eventstorm.app.inspector;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.sticky.StickyId;

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
            }
        });
        focusWithinProperty().addListener((observable, was, now) -> {
            if (!now && stale) {
                rebuild();
            }
        });
        rebuild();
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
