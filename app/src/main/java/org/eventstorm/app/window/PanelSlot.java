package org.eventstorm.app.window;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A panel's place in the window's layout. The first window of a start is drawn with its slots empty (the board
 * first), and the panels go in right after; styling keeps an empty slot the size its panel will have.
 */
final class PanelSlot extends StackPane {
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");

    PanelSlot(String styleClass) {
        getStyleClass().addAll("panel-slot", styleClass);
        pseudoClassStateChanged(WAITING, true);
    }

    void fill(Node panel) {
        getChildren().setAll(panel);
        pseudoClassStateChanged(WAITING, false);
    }

    boolean holds(Node node) {
        return getChildren().contains(node);
    }
}
