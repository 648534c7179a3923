package org.eventstorm.app.palette;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
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
import javafx.util.StringConverter;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.canvas.KindKeys;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The workshop's level and the kinds it writes, with their colours and keys: choosing one sets what a double-click
 * creates. It is also the board's legend. The level is the board's own setting: changing it here is an edit.
 */
public final class PaletteView extends VBox {
    private final ToggleGroup group = new ToggleGroup();
    private final Map<StickyKind, ToggleButton> buttons = new EnumMap<>(StickyKind.class);
    private final ComboBox<Level> level = new ComboBox<>();
    private final CanvasViewModel model;

    public PaletteView(CanvasViewModel model) {
        this.model = model;
        ObjectProperty<StickyKind> newKind = model.newKindProperty();
        getStyleClass().add("palette");
        setSpacing(4);
        setPadding(new Insets(12, 10, 12, 10));
        setMinWidth(196);
        Label levelTitle = new Label("LEVEL");
        levelTitle.getStyleClass().add("panel-title");
        level.getItems().addAll(Level.values());
        level.setId("palette-level");
        level.setMaxWidth(Double.MAX_VALUE);
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(Level each) {
                return each == null ? "" : each.title();
            }

            @Override
            public Level fromString(String text) {
                return null;
            }
        });
        level.setTooltip(new Tooltip("How deep the workshop goes: it decides which kinds the palette offers"));
        level.setValue(model.board().settings().level());
        level.valueProperty().addListener((observable, was, now) -> {
            if (now != null && now != model.board().settings().level()) {
                model.apply(new EditSettings(model.board().settings().withLevel(now)));
            }
        });
        Label title = new Label("STICKIES");
        title.getStyleClass().add("panel-title");
        VBox.setMargin(title, new Insets(10, 0, 0, 0));
        getChildren().addAll(levelTitle, level, title);
        for (StickyKind kind : StickyKind.values()) {
            ToggleButton button = button(kind);
            buttons.put(kind, button);
            button.setToggleGroup(group);
            button.setSelected(kind == newKind.get());
            button.selectedProperty().addListener((observable, was, now) -> {
                if (now) {
                    newKind.set(kind);
                }
            });
            getChildren().add(button);
        }
        newKind.addListener((observable, was,
                now) -> group.getToggles().stream().filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(toggle -> toggle.setSelected(true)));
        group.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        model.document().addListener(change -> showLevel());
        showLevel();
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Double-click the board, or press a key at the mouse, then type.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        getChildren().addAll(spacer, hint);
    }

    /** Offers the kinds the board's level writes; a kind chosen outside it falls back to the event. */
    private void showLevel() {
        Level current = model.board().settings().level();
        if (level.getValue() != current) {
            level.setValue(current);
        }
        buttons.forEach((kind, button) -> {
            boolean offered = current.kinds().contains(kind);
            button.setVisible(offered);
            button.setManaged(offered);
        });
        if (!current.kinds().contains(model.newKindProperty().get())) {
            model.newKindProperty().set(StickyKind.EVENT);
        }
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
