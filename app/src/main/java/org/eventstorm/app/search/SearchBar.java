package org.eventstorm.app.search;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * The find bar over the canvas's top right corner: type to search names and text, Enter for the next hit, Shift+Enter
 * for the one before, Escape to close and go back to the board.
 */
public final class SearchBar extends HBox {
    private final SearchViewModel model;
    private final TextField field = new TextField();
    private final Node returnFocusTo;

    public SearchBar(SearchViewModel model, Node returnFocusTo) {
        this.model = model;
        this.returnFocusTo = returnFocusTo;
        getStyleClass().add("search-bar");
        setId("search-bar");
        setSpacing(6);
        setPadding(new Insets(6, 8, 6, 10));
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        field.setId("search-field");
        field.setPromptText("Find names and text");
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(model.queryProperty());
        Label count = new Label();
        count.setId("search-count");
        count.getStyleClass().add("hint");
        count.setMinWidth(120);
        count.textProperty().bind(model.summary());
        Button previous = button("\u2191", "Previous match (Shift+Enter)", model::previous);
        Button next = button("\u2193", "Next match (Enter)", model::next);
        Button close = button("\u2715", "Close (Escape)", this::hide);
        getChildren().addAll(field, count, previous, next, close);
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (event.isShiftDown()) {
                    model.previous();
                } else {
                    model.next();
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                hide();
                event.consume();
            }
        });
        setVisible(false);
    }

    /** Opens the bar with its text selected, ready for a new query. */
    public void show() {
        setVisible(true);
        model.open();
        field.requestFocus();
        field.selectAll();
    }

    public void hide() {
        setVisible(false);
        model.close();
        returnFocusTo.requestFocus();
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("flat");
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
