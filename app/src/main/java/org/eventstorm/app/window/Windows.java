package org.eventstorm.app.window;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.eventstorm.app.clipboard.StickyClipboard;
import org.eventstorm.app.desktop.DesktopBridge;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.document.BoardPreload;
import org.eventstorm.app.document.DocumentService;
import org.eventstorm.app.document.SavingSettings;
import org.eventstorm.app.export.BackgroundWork;
import org.eventstorm.app.export.ExportFormats;
import org.eventstorm.app.recovery.RecoveryPlaces;
import org.eventstorm.app.theme.StageIcons;
import org.eventstorm.app.theme.ThemeSettings;

/** The open windows, one per board; JavaFX ends the app when the last one closes (implicit exit). */
@Singleton
public final class Windows {
    private final DocumentService documents;
    private final StickyClipboard clipboard;
    private final ThemeSettings theme;
    private final SavingSettings saving;
    private final ExportFormats exportFormats;
    private final BackgroundWork background;
    private final List<MainWindow> open = new ArrayList<>();
    private final RecoveryPlaces recoveryPlaces;
    private final RecoveryOffer recovery;
    private DesktopBridge desktop;

    @Inject
    public Windows(DocumentService documents, StickyClipboard clipboard, ThemeSettings theme, SavingSettings saving,
            ExportFormats exportFormats, BackgroundWork background, DesktopBridge desktop, RecoveryPlaces recoveryPlaces) {
        this.documents = documents;
        this.clipboard = clipboard;
        this.theme = theme;
        this.saving = saving;
        this.exportFormats = exportFormats;
        this.background = background;
        this.desktop = desktop;
        this.recoveryPlaces = recoveryPlaces;
        this.recovery = new RecoveryOffer(recoveryPlaces, documents);
    }

    /** Where recovery journals are kept. */
    public RecoveryPlaces recoveryPlaces() {
        return recoveryPlaces;
    }

    /** The export formats, in binding order. */
    public ExportFormats exportFormats() {
        return exportFormats;
    }

    public BackgroundWork background() {
        return background;
    }

    /** The folder dialogs and the file manager. */
    public DesktopBridge desktop() {
        return desktop;
    }

    /** Answers for the desktop from now on (tests answer the folder dialog in place of a person). */
    public void useDesktop(DesktopBridge replacement) {
        desktop = replacement;
    }

    public DocumentService documents() {
        return documents;
    }

    public StickyClipboard clipboard() {
        return clipboard;
    }

    /** Whether boards save by themselves. */
    public SavingSettings saving() {
        return saving;
    }

    public ThemeSettings theme() {
        return theme;
    }

    /**
     * Opens the first window: on {@code board} when given, else the boards left unsaved by a crash, else the welcome
     * screen. A board's window draws the board first and builds its panels right after (see {@link MainWindow#showBoardFirst});
     * the value returned turns true when the whole window is built.
     */
    public ObservableBooleanValue openFirst(Stage stage, BoardPreload board) {
        List<BoardDocument> recovered = recovery.untitledToRecover();
        if (board == null && recovered.isEmpty()) {
            WelcomeWindow.show(stage, this);
            return new SimpleBooleanProperty(true);
        }
        BoardDocument document;
        try {
            document = board == null ? recovered.remove(0) : withRecoveryOffered(board.document());
        } catch (IOException e) {
            Platform.runLater(() -> error("Could not open " + board.folder(), e.getMessage()));
            WelcomeWindow.show(stage, this);
            return new SimpleBooleanProperty(true);
        }
        MainWindow first = attach(new MainWindow(stage, document, this));
        first.showBoardFirst();
        recovered.forEach(this::show);
        return first.completeProperty();
    }

    private BoardDocument openWithRecovery(Path folder) throws IOException {
        return withRecoveryOffered(documents.open(folder));
    }

    /** {@code document}, with its unsaved edits from a crash offered back when its journal holds any. */
    private BoardDocument withRecoveryOffered(BoardDocument document) {
        recovery.offerFor(document);
        return document;
    }

    /** A new window on {@code document}. */
    public MainWindow show(BoardDocument document) {
        return show(new Stage(), document);
    }

    /** A window on {@code document} in a stage the caller made (the first window, tests). */
    public MainWindow show(Stage stage, BoardDocument document) {
        MainWindow window = attach(new MainWindow(stage, document, this));
        window.show();
        return window;
    }

    private MainWindow attach(MainWindow window) {
        Stage stage = window.stage();
        StageIcons.apply(stage, window.completeProperty());
        open.add(window);
        stage.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                theme.refreshSystem();
            }
        });
        stage.setOnHidden(event -> {
            open.remove(window);
            window.dispose();
        });
        return window;
    }

    /** Opens a board from a folder in a new window, or says why it cannot. */
    public void open(Path folder) {
        for (MainWindow window : open) {
            if (window.document().folder().map(path -> path.toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize())).orElse(false)) {
                window.stage().toFront();
                return;
            }
        }
        try {
            show(openWithRecovery(folder));
        } catch (IOException e) {
            error("Could not open " + folder, e.getMessage());
        }
    }

    public List<MainWindow> open() {
        return List.copyOf(open);
    }

    /** Closes every window, each asking about unsaved edits; stops at the first the person keeps open. */
    public void quit() {
        for (MainWindow window : List.copyOf(open)) {
            if (!window.close()) {
                return;
            }
        }
    }

    static void error(String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.ERROR, detail);
        alert.setHeaderText(header);
        alert.setTitle("EventStorm Studio");
        alert.show();
    }
}
