package org.eventstorm.app.window;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/** The menu a right click on a sticky opens: for an event a saga from it and its versions, for any sticky rename and delete. */
final class StickyContextMenu {
    private StickyContextMenu() {
    }

    static ContextMenu of(StickyId id, MainWindow window) {
        ContextMenu menu = new ContextMenu();
        if (id.kind() == StickyKind.EVENT) {
            MenuItem saga = new MenuItem("Create Saga from This Event");
            saga.setId("context-create-saga");
            saga.setOnAction(event -> window.createSagaFrom(id));
            MenuItem versions = new MenuItem("Versions of This Event");
            versions.setId("context-versions");
            versions.setOnAction(event -> window.showVersions(id));
            menu.getItems().addAll(saga, versions);
        }
        MenuItem rename = new MenuItem("Rename");
        rename.setOnAction(event -> window.canvas().startRename(id));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(event -> {
            window.canvasModel().selectOnly(List.of(id));
            window.canvasModel().deleteSelection();
        });
        menu.getItems().addAll(rename, delete);
        return menu;
    }
}
