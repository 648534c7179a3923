package org.eventstorm.app.window;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.eventstorm.app.canvas.BoardCanvas;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.canvas.Minimap;
import org.eventstorm.app.document.Autosave;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.export.ExportStatus;
import org.eventstorm.app.export.ExportViewModel;
import org.eventstorm.app.importing.ImportViewModel;
import org.eventstorm.app.inspector.InspectorView;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.app.present.PresentationWindow;
import org.eventstorm.app.problems.ProblemsView;
import org.eventstorm.app.recovery.JournalKeeper;
import org.eventstorm.app.saga.SagaPanel;
import org.eventstorm.app.saga.SagaViewModel;
import org.eventstorm.app.search.SearchBar;
import org.eventstorm.app.search.SearchViewModel;
import org.eventstorm.app.status.StatusBar;
import org.eventstorm.app.versions.VersionsPanel;
import org.eventstorm.app.workshop.SharedBoard;
import org.eventstorm.app.workshop.WorkshopStatus;
import org.eventstorm.app.workshop.WorkshopWindow;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.file.Problem;
import org.eventstorm.model.sticky.StickyId;

/**
 * One board's window: menus, the palette, the canvas with the problems below it, the inspector, the status bar. The
 * title shows the board and whether it has unsaved edits; closing with unsaved edits asks first.
 */
public final class MainWindow {
    private final Stage stage;
    private final BoardDocument document;
    private final Windows windows;
    private final Notices notices = new Notices();
    private ImportViewModel imports;
    private final CanvasViewModel canvasModel;
    private final BoardCanvas canvas;
    private final Autosave autosave;
    private final JournalKeeper journal;
    private final OutsideChanges outside;
    private final BoardSaving saving;
    private final SharedBoard shared;
    private final BottomPanels bottom;
    private final SplitPane centre;
    private final StackPane canvasArea;
    private SearchBar search;
    private final Minimap minimap;
    private final SplitPane body;
    private final BorderPane root;
    /** Where the canvas sits among the panels; in the projector view it is the scene on its own. */
    private final StackPane canvasHolder = new StackPane();
    private final ProjectorView projector;

    private final PanelSlot paletteSlot = new PanelSlot("palette-slot");
    private final PanelSlot inspectorSlot = new PanelSlot("inspector-slot");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private WindowPanels panels;

    MainWindow(Stage stage, BoardDocument document, Windows windows) {
        this.stage = stage;
        this.document = document;
        this.windows = windows;
        this.canvasModel = new CanvasViewModel(document, notices);
        this.canvas = new BoardCanvas(canvasModel);
        canvas.setId("board-canvas");
        canvas.themeProperty().set(windows.theme().canvasTheme());
        windows.theme().darkProperty().addListener(o -> canvas.themeProperty().set(windows.theme().canvasTheme()));
        this.autosave = new Autosave(document, notices, windows.saving().autosaveProperty());
        this.journal = new JournalKeeper(document, windows.recoveryPlaces(), notices);
        this.outside = new OutsideChanges(this, autosave);
        this.saving = new BoardSaving(stage, document, windows, notices, autosave, journal);
        this.shared = new SharedBoard(document, Clock.systemUTC());
        canvas.setContextMenuFactory(id -> StickyContextMenu.of(id, this));

        this.minimap = new Minimap(canvas);
        canvasArea = new StackPane(canvas, minimap);
        centre = new SplitPane(canvasHolder);
        canvasHolder.getChildren().add(canvasArea);
        centre.setOrientation(Orientation.VERTICAL);
        this.bottom = new BottomPanels(centre);
        body = new SplitPane(paletteSlot, centre, inspectorSlot);
        body.setDividerPositions(0.115, 0.81);
        SplitPane.setResizableWithParent(paletteSlot, false);
        SplitPane.setResizableWithParent(inspectorSlot, false);

        root = new BorderPane(body);
        PanelSlot menuSlot = new PanelSlot("menu-bar-slot");
        root.setTop(menuSlot);
        PanelSlot statusSlot = new PanelSlot("status-bar-slot");
        root.setBottom(statusSlot);
        Scene scene = new Scene(root, 1600, 1000);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/eventstorm/app/app.css").toExternalForm());
        // Ctrl+Y redoes too, as on Windows; the menu shows the one shortcut, Ctrl+Shift+Z.
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), document::redo);
        BoardDrop.install(scene, windows::open);
        // A view that fails on an edit is reported; autosave and the recovery journal have heard of the edit regardless.
        document.board().onListenerFailure(failure -> {
            notices.problem("Part of the window could not show the last edit (" + failure.getMessage()
                    + "); the edit is made and kept. Please report this");
            failure.printStackTrace();
        });
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (document.isDirty() ? "\u25CF " : "") + document.titleProperty().get() + " \u2014 EventStorm Studio",
                document.titleProperty(), document.dirtyProperty()));
        projector = new ProjectorView(stage, root, canvasHolder, canvasArea, canvasModel);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(event -> {
            if (!saving.confirmClose()) {
                event.consume();
            }
        });
        long unclean = document.fileProblems().stream().filter(problem -> problem.severity() != Problem.Severity.INFO).count();
        if (unclean > 0) {
            notices.problem(unclean == 1 ? "A file of this board could not be read cleanly: see Problems"
                    : unclean + " files of this board could not be read cleanly: see Problems");
        }
    }

    void show() {
        fillPanels();
        stage.show();
        Platform.runLater(canvas::requestFocus);
    }

    /**
     * Shows the window with only the board drawn, and puts the panels (menus, palette, inspector, the tabs below, the
     * status bar) in their places once that first frame is on its way to the screen. Styling and laying out the panels'
     * controls is most of a window's first frame; the first window of a start shows the board without waiting for it.
     */
    void showBoardFirst() {
        Scene scene = stage.getScene();
        Runnable afterFirstLayout = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(MainWindow.this::fillPanels);
            }
        };
        scene.addPostLayoutPulseListener(afterFirstLayout);
        stage.show();
        Platform.runLater(canvas::requestFocus);
    }

    /** Builds the panels and puts them in their places, unless that is done. */
    private void fillPanels() {
        if (panels != null) {
            return;
        }
        panels = WindowPanels.build(document, canvasModel, windows, notices, new WindowPanels.Host() {
            @Override
            public void showDefinition(DefinitionId id) {
                bottom.showDefinition(id);
            }

            @Override
            public void showVersions(StickyId event) {
                bottom.showVersions(event);
            }
        });
        search = new SearchBar(new SearchViewModel(canvasModel), canvas);
        StackPane.setAlignment(search, Pos.TOP_RIGHT);
        StackPane.setMargin(search, new Insets(30, 16, 0, 0));
        canvasArea.getChildren().add(search);
        paletteSlot.fill(panels.palette());
        inspectorSlot.fill(panels.inspector());
        bottom.fill(panels.problems(), panels.sagas(), panels.versions());
        ((PanelSlot) root.getTop()).fill(new WindowMenus(this).menuBar());
        StatusBar statusBar = new StatusBar(document, canvasModel, notices);
        statusBar.getChildren().add(1, new ExportStatus(panels.exports()));
        statusBar.getChildren().add(2, new WorkshopStatus(shared));
        ((PanelSlot) root.getBottom()).fill(statusBar);
        complete.set(true);
    }

    /** The panels, built now if the window has not yet (everything that reaches for one gets it). */
    private WindowPanels panels() {
        fillPanels();
        return panels;
    }

    /** True once every panel is in the window. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public Stage stage() {
        return stage;
    }

    public BoardDocument document() {
        return document;
    }

    public BoardCanvas canvas() {
        return canvas;
    }

    public CanvasViewModel canvasModel() {
        return canvasModel;
    }

    public Notices notices() {
        return notices;
    }

    public ExportViewModel exports() {
        return panels().exports();
    }

    /** File > Import in this window; made when first asked for. */
    public ImportViewModel imports() {
        if (imports == null) {
            imports = new ImportViewModel(document, windows.desktop(), notices);
        }
        return imports;
    }

    Windows windows() {
        return windows;
    }

    public ProblemsView problems() {
        return panels().problems();
    }

    InspectorView inspector() {
        return panels().inspector();
    }

    SagaPanel sagas() {
        return panels().sagas();
    }

    public SagaViewModel sagaModel() {
        return panels().sagaModel();
    }

    public VersionsPanel versions() {
        return panels().versions();
    }

    private BottomPanels bottom() {
        panels();
        return bottom;
    }

    /** Shows or hides a side panel, or a panel below the canvas. */
    void toggle(Node panel) {
        if (bottom().holds(panel)) {
            bottom().toggle(panel);
            return;
        }
        PanelSlot slot = paletteSlot.holds(panel) ? paletteSlot : inspectorSlot;
        if (body.getItems().contains(slot)) {
            body.getItems().remove(slot);
        } else {
            body.getItems().add(slot == paletteSlot ? 0 : body.getItems().size(), slot);
            body.setDividerPositions(0.115, 0.81);
        }
    }

    /** The board shared as a live workshop, or not yet. */
    public SharedBoard shared() {
        return shared;
    }

    /** Shares the board with participants' browsers (if not shared yet) and opens the workshop window. */
    public void inviteParticipants() {
        WorkshopWindow.open(stage, shared, document.board().settings().title().isBlank() ? "Untitled Board" : document.board().settings().title());
    }

    /**
     * The board alone, full screen and zoomed to fit: what a facilitator projects. The palette, the inspector, the
     * panels below the canvas, the menus and the status bar step aside; the same command, or Escape, brings them
     * back as they were.
     */
    public void toggleProjectorView() {
        projector.toggle();
    }

    /** Whether the window shows the board alone, as a projector does. */
    public boolean isProjecting() {
        return projector.isOn();
    }

    /** Walks the board's timeline full screen, step by step. */
    public void present() {
        PresentationWindow.open(document, stage, canvas.themeProperty().get(), notices);
    }

    public Minimap minimap() {
        return minimap;
    }

    /** Opens the find bar over the canvas. */
    public void find() {
        panels();
        search.show();
    }

    /** Opens the bottom panel on the sagas. */
    public void showSagas() {
        bottom().showSagas();
    }

    /** Opens the versions panel on an event. */
    public void showVersions(StickyId event) {
        bottom().showVersions(event);
    }

    /** Creates a saga from the selected event and shows it in the saga panel. */
    void createSagaFromSelection() {
        sagaModel().createFromSelection().ifPresent(bottom()::showSaga);
    }

    /** Creates a saga from {@code event} and shows it in the saga panel. */
    void createSagaFrom(StickyId event) {
        sagaModel().createFrom(event).ifPresent(bottom()::showSaga);
    }

    /** Saves to the board's folder, or asks for one when the board has none. */
    public boolean save() {
        return saving.save();
    }

    /** Asks for an empty folder and writes the whole board there. */
    public boolean saveAs() {
        return saving.saveAs();
    }

    /** Writes the whole board into {@code folder}, which must be new or empty. */
    public boolean saveInto(Path folder) {
        return saving.saveInto(folder);
    }

    /** Asks for a board folder and opens it in a new window. */
    void openDialog() {
        windows.desktop().chooseFolder(stage, "Open a board folder (the one holding board.yaml)", null).ifPresent(windows::open);
    }

    /** Asks for a packed board or a picture of a board and opens it, unpacked beside itself, in a new window. */
    void openFileDialog() {
        windows.desktop().chooseFiles(stage, "Open a packed board or a picture of a board", null, "Boards (.storm) and board pictures (.svg)",
                List.of("*.storm", "*.svg")).forEach(file -> BoardDrop.open(file, windows::open));
    }

    /** Closes the window, asking first when there are unsaved edits; false when the person keeps it open. */
    public boolean close() {
        if (!saving.confirmClose()) {
            return false;
        }
        stage.hide();
        return true;
    }

    void dispose() {
        shared.stop();
        autosave.close();
        journal.stop();
        minimap.detach();
        canvas.detach();
        outside.close();
        try {
            document.validator().close();
        } catch (Exception e) {
            // nothing left to release
        }
    }

    List<Path> recentBoards() {
        return windows.documents().recent().list();
    }
}
