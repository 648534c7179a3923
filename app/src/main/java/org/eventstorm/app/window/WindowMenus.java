package org.eventstorm.app.window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.eventstorm.app.about.Version;
import org.eventstorm.app.canvas.BoardCanvas;
import org.eventstorm.app.canvas.BoundaryDialog;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.canvas.KindKeys;
import org.eventstorm.app.clipboard.PictureClipboard;
import org.eventstorm.app.export.ExportMenu;
import org.eventstorm.app.importing.ImportMenu;
import org.eventstorm.app.help.CheatSheet;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/** The window's menus: every action, each with its shortcut shown. */
final class WindowMenus {
    private final MainWindow window;
    private final CanvasViewModel canvas;
    private final BoardCanvas view;
    private final MenuBar bar = new MenuBar();

    WindowMenus(MainWindow window) {
        this.window = window;
        this.canvas = window.canvasModel();
        this.view = window.canvas();
    }

    MenuBar menuBar() {
        bar.getMenus().setAll(file(), edit(), viewMenu(), board(), workshop(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(event -> fillRecent(recent));
        fillRecent(recent);
        return new Menu("File", null,
                item("New Board", "Shortcut+N", () -> window.windows().show(window.windows().documents().newEmpty())),
                item("New from Order Template", "Shortcut+Shift+N", this::newFromTemplate),
                item("Open\u2026", "Shortcut+O", window::openDialog),
                item("Open Packed Board or Picture\u2026", "Shortcut+Shift+O", window::openFileDialog),
                recent,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", window::save),
                item("Save As\u2026", "Shortcut+Shift+S", window::saveAs),
                autosave(),
                new SeparatorMenuItem(),
                ImportMenu.of(window.imports(), window::stage),
                ExportMenu.of(window.exports(), window::stage),
                new SeparatorMenuItem(),
                item("Close Window", "Shortcut+W", window::close),
                item("Quit", "Shortcut+Q", () -> window.windows().quit()));
    }

    private void fillRecent(Menu recent) {
        List<Path> boards = window.recentBoards();
        recent.getItems().setAll(boards.stream().map(path -> {
            MenuItem item = new MenuItem(path.getFileName() + "  \u2014  " + path);
            item.setOnAction(event -> window.windows().open(path));
            return item;
        }).toList());
        if (boards.isEmpty()) {
            MenuItem none = new MenuItem("No recent boards");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private void newFromTemplate() {
        try {
            window.windows().show(window.windows().documents().fromTemplate("order"));
        } catch (IOException e) {
            Windows.error("Could not read the template", e.getMessage());
        }
    }

    /** Puts the cursor in the focused sticky's comment line in the inspector. */
    private void comment() {
        if (canvas.focusedProperty().get() == null) {
            canvas.notices().problem("Select a sticky to comment on it");
            return;
        }
        canvas.focusedFieldProperty().set(null);
        canvas.focusedFieldProperty().set(Field.COMMENTS);
    }

    private Menu edit() {
        MenuItem undo = item("Undo", "Shortcut+Z", () -> window.document().undo());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", () -> window.document().redo());
        Menu menu = new Menu("Edit", null, undo, redo,
                new SeparatorMenuItem(),
                item("Cut", "Shortcut+X", this::cut),
                item("Copy", "Shortcut+C", this::copy),
                item("Copy Board as Picture", "Shortcut+Shift+C", this::copyPicture),
                item("Paste", "Shortcut+V", this::paste),
                item("Duplicate", "Shortcut+D", this::duplicate),
                item("Delete", "Delete", canvas::deleteSelection),
                new SeparatorMenuItem(),
                item("Select All", "Shortcut+A", canvas::selectAll),
                item("Find\u2026", "Shortcut+F", window::find),
                item("Add Comment\u2026", "Shortcut+Alt+M", this::comment),
                item("Rename", "F2", () -> {
                    if (canvas.focusedProperty().get() != null) {
                        view.startRename(canvas.focusedProperty().get());
                    }
                }));
        menu.setOnShowing(event -> {
            undo.setText(window.document().board().undoDescription().map(text -> "Undo " + text).orElse("Undo"));
            undo.setDisable(!window.document().board().canUndo());
            redo.setText(window.document().board().redoDescription().map(text -> "Redo " + text).orElse("Redo"));
            redo.setDisable(!window.document().board().canRedo());
        });
        menu.setOnHidden(event -> {
            undo.setDisable(false);
            redo.setDisable(false);
        });
        return menu;
    }

    private Menu viewMenu() {
        CheckMenuItem problems = new CheckMenuItem("Problems");
        problems.setSelected(true);
        problems.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+M"));
        problems.setOnAction(event -> window.toggle(window.problems()));
        CheckMenuItem inspector = new CheckMenuItem("Inspector");
        inspector.setSelected(true);
        inspector.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        inspector.setOnAction(event -> window.toggle(window.inspector()));
        MenuItem sagas = item("Sagas", "Shortcut+Shift+G", () -> window.toggle(window.sagas()));
        Menu dark = ThemeMenu.of(window.windows().theme());
        return new Menu("View", null,
                item("Zoom In", "Shortcut+Equals", () -> canvas.zoomBy(1.25)),
                item("Zoom Out", "Shortcut+Minus", () -> canvas.zoomBy(0.8)),
                item("Zoom to Fit", "Shortcut+0", canvas::zoomToFit),
                item("Actual Size", "Shortcut+1", canvas::actualSize),
                item("Zoom to Selection", "Shortcut+2", canvas::zoomToSelection),
                new SeparatorMenuItem(), projector(), item("Present Timeline", "F5", window::present), KindsMenu.of(canvas), minimap(), ruler(),
                new SeparatorMenuItem(), problems, sagas, inspector, dark);
    }

    /** File > Save Automatically: on by default; off, only Save writes (the recovery journal still keeps the edits). */
    private CheckMenuItem autosave() {
        CheckMenuItem automatic = new CheckMenuItem("Save Automatically");
        automatic.setId("menu-save-automatically");
        automatic.selectedProperty().bindBidirectional(window.windows().saving().autosaveProperty());
        return automatic;
    }

    /** View > Projector View: the board alone, full screen, zoomed to fit; again or Escape to leave. */
    private MenuItem projector() {
        MenuItem projector = item("Projector View", "F11", window::toggleProjectorView);
        projector.setId("view-projector");
        return projector;
    }

    private CheckMenuItem minimap() {
        CheckMenuItem shown = new CheckMenuItem("Minimap");
        shown.setId("view-minimap");
        shown.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+J"));
        shown.selectedProperty().bindBidirectional(window.minimap().visibleProperty());
        return shown;
    }

    private CheckMenuItem ruler() {
        CheckMenuItem shown = new CheckMenuItem("Timeline Ruler");
        shown.setId("view-ruler");
        shown.setSelected(window.canvas().isRulerShown());
        shown.setOnAction(event -> window.canvas().setRulerShown(shown.isSelected()));
        return shown;
    }

    private Menu board() {
        Menu menu = new Menu("Board");
        for (StickyKind kind : StickyKind.values()) {
            // The key works on the canvas; as a menu accelerator it would steal the letter from text fields.
            MenuItem item = new MenuItem("New " + kind.title() + "   (" + KindKeys.keyOf(kind).getName() + ")");
            item.setId("menu-new-" + kind.folder());
            item.setOnAction(event -> {
                if (!view.isEditingText()) {
                    var bounds = canvas.viewport().visibleWorld(view.getWidth(), view.getHeight());
                    view.startCreate(kind, new Point2D(bounds.getCenterX(), bounds.getCenterY()));
                }
            });
            menu.getItems().add(item);
        }
        MenuItem pivotal = item("Mark Pivotal Event", "Shortcut+Shift+P", canvas::togglePivotal);
        pivotal.setId("menu-pivotal");
        MenuItem boundary = item("Add Boundary\u2026", "Shortcut+B", () -> {
            if (!view.isEditingText()) {
                view.askForBoundary();
            }
        });
        boundary.setId("menu-add-boundary");
        MenuItem removeBoundary = item("Remove Boundary\u2026", null, () -> BoundaryDialog.choose(window.stage(),
                canvas.board().settings().boundaries()).ifPresent(canvas::removeBoundary));
        removeBoundary.setId("menu-remove-boundary");
        menu.setOnShowing(event -> removeBoundary.setDisable(canvas.board().settings().boundaries().isEmpty()));
        menu.getItems().addAll(new SeparatorMenuItem(),
                pivotal, boundary, removeBoundary,
                item("Link Selected Stickies", "Shortcut+L", this::linkSelected),
                item("Create Saga from Selected Event", "Shortcut+G", window::createSagaFromSelection),
                item("Board Settings", "Shortcut+Comma", canvas::clearSelection));
        return menu;
    }

    /** Participants write from their browsers: share, open the room's window, stop. */
    private Menu workshop() {
        MenuItem invite = item("Invite Participants\u2026", "Shortcut+Shift+I", window::inviteParticipants);
        invite.setId("menu-invite");
        MenuItem stop = item("Stop Sharing", null, () -> window.shared().stop());
        stop.setId("menu-stop-sharing");
        stop.disableProperty().bind(window.shared().sharingProperty().not());
        Menu menu = new Menu("Workshop", null, invite, stop);
        menu.setId("menu-workshop");
        return menu;
    }

    private Menu help() {
        MenuItem shortcuts = item("Keyboard Shortcuts", "F1", () -> CheatSheet.show(window.stage(), bar,
                window.stage().getScene().getStylesheets()));
        shortcuts.setId("menu-shortcuts");
        return new Menu("Help", null, shortcuts, item("About EventStorm Studio", null, () -> {
            Alert about = new Alert(Alert.AlertType.INFORMATION,
                    "Event Storming boards as plain-text spec folders.\nVersion " + Version.current() + ", Java " + System.getProperty("java.version")
                            + "\nInter typeface: SIL Open Font License 1.1.");
            about.initOwner(window.stage());
            about.setTitle("About");
            about.setHeaderText("EventStorm Studio");
            about.show();
        }));
    }

    private void linkSelected() {
        List<StickyId> chosen = canvas.selectionInBoardOrder();
        if (chosen.size() != 2) {
            window.notices().problem("Select exactly two stickies to link (in timeline order: the arrow goes left to right)");
            return;
        }
        canvas.link(chosen.get(0), chosen.get(1));
    }

    private void copy() {
        if (window.windows().clipboard().copy(window.document().board(), canvas.selectionInBoardOrder())) {
            window.notices().info("Copied " + canvas.selection().size() + (canvas.selection().size() == 1 ? " sticky" : " stickies"));
        }
    }

    /** The whole board on the clipboard as an image and as SVG that carries the board. */
    private void copyPicture() {
        try {
            PictureClipboard.copy(window.document().board(), window.document().files().orElse(null));
            window.notices().info("Copied the board as a picture (its SVG carries the board: open it to get the board back)");
        } catch (IOException | RuntimeException e) {
            window.notices().problem("Could not copy the board as a picture: " + e.getMessage());
        }
    }

    private void cut() {
        if (window.windows().clipboard().copy(window.document().board(), canvas.selectionInBoardOrder())) {
            canvas.deleteSelection();
        }
    }

    private void paste() {
        window.windows().clipboard().pasteEdit(window.document().board()).ifPresentOrElse(this::applyAndSelect,
                () -> window.notices().info("The clipboard holds no stickies"));
    }

    private void duplicate() {
        if (!canvas.selection().isEmpty()) {
            applyAndSelect(window.windows().clipboard().duplicateEdit(window.document().board(), canvas.selectionInBoardOrder()));
        }
    }

    private void applyAndSelect(Edit edit) {
        var outcome = canvas.apply(edit);
        if (outcome.isApplied()) {
            canvas.selectOnly(outcome.addedIds());
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setId("menu-" + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", ""));
        item.setOnAction(event -> action.run());
        return item;
    }
}
