package org.eventstorm.app.export;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** File > Export: one item per bound format, all formats at once (Ctrl+E), and a picture of the selection (Ctrl+Shift+E). */
public final class ExportMenu {
    private ExportMenu() {
    }

    /** The menu of {@code exports}; the folder dialog opens over {@code owner}. */
    public static Menu of(ExportViewModel exports, Supplier<Window> owner) {
        Menu menu = new Menu("Export");
        menu.setId("menu-export");
        for (var format : exports.formats()) {
            menu.getItems().add(item(format.title() + "\u2026", "menu-export-" + format.id(), null,
                    () -> exports.chooseFolderAndExport(owner.get(), List.of(format), false)));
        }
        MenuItem all = item("All Formats\u2026", "menu-export-all", "Shortcut+E", () -> exports.chooseFolderAndExport(owner.get(), exports.formats(), false));
        MenuItem selection = item("Picture of Selection\u2026", "menu-export-selection", "Shortcut+Shift+E", () -> exports.chooseFolderAndExport(owner.get(),
                exports.formats().stream().filter(format -> format.id().equals("picture")).toList(), true));
        menu.getItems().addAll(new SeparatorMenuItem(), all, selection);
        menu.setOnShowing(event -> menu.getItems().forEach(item -> item.setDisable(exports.runningProperty().get())));
        return menu;
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
