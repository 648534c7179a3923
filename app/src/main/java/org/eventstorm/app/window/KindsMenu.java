package org.eventstorm.app.window;

import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.canvas.KindFilter;
import org.eventstorm.model.sticky.StickyKind;

/**
 * View &gt; Kinds: how the kinds the board's level does not write are drawn (dimmed, hidden or shown), each kind shown,
 * dimmed or hidden on the canvas, and a way to show everything again.
 */
final class KindsMenu {
    private KindsMenu() {
    }

    static Menu of(CanvasViewModel canvas) {
        KindFilter filter = canvas.kindFilter();
        Menu menu = new Menu("Kinds");
        menu.setId("menu-kinds");
        MenuItem all = new MenuItem("Show All Kinds");
        all.setId("kinds-all");
        all.setOnAction(event -> {
            filter.showAll();
            filter.setOffLevel(KindFilter.Visibility.SHOWN);
        });
        menu.getItems().addAll(offLevelMenu(filter), all, new SeparatorMenuItem());
        for (StickyKind kind : StickyKind.values()) {
            menu.getItems().add(kindMenu(filter, kind));
        }
        return menu;
    }

    /** Other Levels' Kinds: commands, policies ... on a big-picture board, aggregates on a process one. */
    private static Menu offLevelMenu(KindFilter filter) {
        Menu menu = new Menu("Other Levels' Kinds");
        menu.setId("kinds-level");
        ToggleGroup group = new ToggleGroup();
        for (KindFilter.Visibility visibility : KindFilter.Visibility.values()) {
            RadioMenuItem item = new RadioMenuItem(word(visibility));
            item.setId("kinds-level-" + visibility.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setOnAction(event -> filter.setOffLevel(visibility));
            menu.getItems().add(item);
        }
        menu.setOnShowing(event -> group.getToggles().get(filter.offLevel().ordinal()).setSelected(true));
        group.getToggles().get(filter.offLevel().ordinal()).setSelected(true);
        return menu;
    }

    private static String word(KindFilter.Visibility visibility) {
        String word = visibility.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Menu kindMenu(KindFilter filter, StickyKind kind) {
        Menu menu = new Menu(kind.plural());
        menu.setId("kinds-" + kind.folder());
        ToggleGroup group = new ToggleGroup();
        for (KindFilter.Visibility visibility : KindFilter.Visibility.values()) {
            RadioMenuItem item = new RadioMenuItem(word(visibility));
            item.setId("kinds-" + kind.folder() + "-" + visibility.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setOnAction(event -> filter.set(kind, visibility));
            menu.getItems().add(item);
        }
        // The radio buttons follow the filter however it changed (this menu, the shortcuts above, a test).
        menu.setOnShowing(event -> group.getToggles().get(filter.chosen(kind).ordinal()).setSelected(true));
        group.getToggles().get(filter.chosen(kind).ordinal()).setSelected(true);
        return menu;
    }
}
