package org.eventstorm.app.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eventstorm.app.canvas.CanvasShortcuts;

/**
 * Every shortcut on one sheet (F1): the canvas's keys and gestures, then each menu's items with their accelerators,
 * read from the menu bar itself so the sheet cannot fall behind the menus.
 */
public final class CheatSheet {
    private CheatSheet() {
    }

    /** The sheet's lines: a section title (keys empty), or keys and what they do. */
    public static List<CanvasShortcuts.Shortcut> lines(MenuBar menus) {
        List<CanvasShortcuts.Shortcut> lines = new ArrayList<>();
        lines.add(new CanvasShortcuts.Shortcut("", "On the canvas"));
        lines.addAll(CanvasShortcuts.all());
        for (Menu menu : menus.getMenus()) {
            List<CanvasShortcuts.Shortcut> items = new ArrayList<>();
            collect(menu, menu.getText(), items);
            if (!items.isEmpty()) {
                lines.add(new CanvasShortcuts.Shortcut("", menu.getText()));
                lines.addAll(items);
            }
        }
        return lines;
    }

    private static void collect(Menu menu, String path, List<CanvasShortcuts.Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " \u203A " + sub.getText(), into);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                into.add(new CanvasShortcuts.Shortcut(item.getAccelerator().getDisplayText(), item.getText().replace("\u2026", "")));
            }
        }
    }

    /** Shows the sheet over {@code owner}; Escape or F1 closes it. */
    public static Stage show(Window owner, MenuBar menus, List<String> stylesheets) {
        GridPane grid = new GridPane();
        grid.setId("cheat-sheet");
        grid.setHgap(18);
        grid.setVgap(5);
        grid.setPadding(new Insets(18, 22, 22, 22));
        int row = 0;
        for (CanvasShortcuts.Shortcut line : lines(menus)) {
            if (line.keys().isEmpty()) {
                Label section = new Label(line.does().toUpperCase(Locale.ROOT));
                section.getStyleClass().add("panel-title");
                section.setPadding(new Insets(row == 0 ? 0 : 12, 0, 2, 0));
                grid.add(section, 0, row++, 2, 1);
                continue;
            }
            Label keys = new Label(line.keys());
            keys.getStyleClass().add("key-cap");
            Label does = new Label(line.does());
            does.setWrapText(true);
            does.setMaxWidth(460);
            grid.add(keys, 0, row);
            grid.add(does, 1, row++);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox root = new VBox(scroll);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Keyboard Shortcuts \u2014 EventStorm Studio");
        Scene scene = new Scene(root, 760, 640);
        scene.getStylesheets().addAll(stylesheets);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE || event.getCode() == KeyCode.F1) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
