package org.eventstorm.app.window;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.eventstorm.app.theme.ThemeChoice;
import org.eventstorm.app.theme.ThemeSettings;

/** View &gt; Theme: follow the system, light or dark. */
final class ThemeMenu {
    private ThemeMenu() {
    }

    static Menu of(ThemeSettings theme) {
        Menu menu = new Menu("Theme");
        menu.setId("menu-theme");
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.title());
            item.setId("theme-" + choice.word());
            item.setToggleGroup(group);
            item.setSelected(theme.choiceProperty().get() == choice);
            item.setOnAction(event -> theme.choiceProperty().set(choice));
            menu.getItems().add(item);
        }
        theme.choiceProperty().addListener((observable, was, now) -> group.getToggles().get(now.ordinal()).setSelected(true));
        return menu;
    }
}
