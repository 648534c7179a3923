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
 * View &gt; Kinds: for each kind, shown, dimmed or hidden on the canvas, and two shortcuts: dim what the board's level
 * does not write, or show everything again.
 */
final class KindsMenu {
    private KindsMenu() {
    }

    static Menu of(CanvasViewModel canvas) {
        KindFilter filter = canvas.kindFilter();
        Menu menu = new Menu("Kinds");
        menu.setId("menu-kinds");
        MenuItem level = new MenuItem("Dim Kinds Outside the Level");
        level.setId("kinds-level");
        level.setOnAction(event -> filter.focusOn(canvas.board().settings().level().kinds(), KindFilter.Visibility.DIMMED));
        MenuItem all = new MenuItem("Show All Kinds");
        all.setId("kinds-all");
        all.setOnAction(event -> filter.showAll());
        menu.getItems().addAll(level, all, new SeparatorMenuItem());
        for (StickyKind kind : StickyKind.values()) {
            menu.getItems().add(kindMenu(filter, kind));
        }
        return menu;
    }

    private static Menu kindMenu(KindFilter filter, StickyKind kind) {
        Menu menu = new Menu(kind.plural());
        menu.setId("kinds-" + kind.folder());
        ToggleGroup group = new ToggleGroup();
        for (KindFilter.Visibility visibility : KindFilter.Visibility.values()) {
            String word = visibility.name().toLowerCase(Locale.ROOT);
            RadioMenuItem item = new RadioMenuItem(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            item.setId("kinds-" + kind.folder() + "-" + word);
            item.setToggleGroup(group);
            item.setOnAction(event -> filter.set(kind, visibility));
            menu.getItems().add(item);
        }
        // The radio buttons follow the filter however it changed (this menu, the shortcuts above, a test).
        menu.setOnShowing(event -> group.getToggles().get(filter.of(kind).ordinal()).setSelected(true));
        group.getToggles().get(filter.of(kind).ordinal()).setSelected(true);
        return menu;
    }
}
