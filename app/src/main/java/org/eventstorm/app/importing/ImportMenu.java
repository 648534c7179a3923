package org.eventstorm.app.importing;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** File > Import: AsyncAPI documents or an EventCatalog folder; after each import a window lists what was skipped or what is wrong. */
public final class ImportMenu {
    private ImportMenu() {
    }

    public static Menu of(ImportViewModel imports, Supplier<Window> owner) {
        MenuItem asyncApi = new MenuItem("AsyncAPI Documents\u2026");
        asyncApi.setId("menu-import-asyncapi");
        asyncApi.setOnAction(event -> imports.chooseAndImportAsyncApi(owner.get()));
        MenuItem eventCatalog = new MenuItem("EventCatalog Folder\u2026");
        eventCatalog.setId("menu-import-eventcatalog");
        eventCatalog.setOnAction(event -> imports.chooseAndImportEventCatalog(owner.get()));
        Menu menu = new Menu("Import", null, asyncApi, eventCatalog);
        menu.setId("menu-import");
        imports.reportProperty().addListener((property, before, report) -> {
            if (report != null && !report.lines().isEmpty()) {
                show(report, owner.get());
            }
        });
        return menu;
    }

    /** The report in a window that does not hold up the board: its headline, and its lines to read or copy. */
    private static void show(ImportViewModel.Report report, Window owner) {
        Alert alert = new Alert(report.imported() ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Import");
        alert.setHeaderText(report.headline());
        TextArea lines = new TextArea(String.join("\n", report.lines()));
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefRowCount(Math.min(12, report.lines().size() + 1));
        lines.setId("import-report");
        alert.getDialogPane().setContent(lines);
        alert.show();
    }
}
