package org.eventstorm.app.palette;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.eventstorm.app.canvas.KindKeys;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The eight kinds with their colours and keys: choosing one sets what a double-click creates. It is also the
 * board's legend.
 */
public final class PaletteView extends VBox {
    private final ToggleGroup group = new ToggleGroup();

    public PaletteView(ObjectProperty<StickyKind> newKind) {
        getStyleClass().add("palette");
        setSpacing(4);
        setPadding(new Insets(12, 10, 12, 10));
        setMinWidth(196);
        Label title = new Label("STICKIES");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (StickyKind kind : StickyKind.values()) {
            ToggleButton button = button(kind);
            button.setToggleGroup(group);
            button.setSelected(kind == newKind.get());
            button.selectedProperty().addListener((observable, was, now) -> {
                if (now) {
                    newKind.set(kind);
                }
            });
            getChildren().add(button);
        }
        newKind.addListener((observable, was, now) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(toggle -> toggle.setSelected(true)));
        group.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Double-click the board, or press a key at the mouse, then type.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        getChildren().addAll(spacer, hint);
    }

    private static ToggleButton button(StickyKind kind) {
        Rectangle chip = new Rectangle(16, 16, Color.web(kind.hex()));
        chip.setArcWidth(5);
        chip.setArcHeight(5);
        chip.setStroke(Color.web(kind.hex()).deriveColor(0, 1.05, 0.75, 1));
        Label name = new Label(kind.title());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label key = new Label(KindKeys.keyOf(kind).getName());
        key.getStyleClass().add("key-cap");
        HBox row = new HBox(9, chip, name, spacer, key);
        row.setAlignment(Pos.CENTER_LEFT);
        ToggleButton button = new ToggleButton();
        button.setGraphic(row);
        button.setUserData(kind);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("palette-kind");
        button.setId("palette-" + kind.folder());
        button.setTooltip(new Tooltip("New " + kind.title().toLowerCase(Locale.ROOT) + ": double-click the board or press "
                + KindKeys.keyOf(kind).getName()));
        return button;
    }
}
