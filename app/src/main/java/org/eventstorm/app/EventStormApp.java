package org.eventstorm.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Stage;
import org.eventstorm.app.document.BoardLocation;
import org.eventstorm.app.document.BoardPreload;
import org.eventstorm.app.document.DocumentService;
import org.eventstorm.app.theme.Fonts;
import org.eventstorm.app.theme.ThemeSettings;
import org.eventstorm.app.window.Windows;
import org.eventstorm.app.wiring.DocumentModule;
import org.eventstorm.app.wiring.ExportModule;
import org.eventstorm.app.wiring.UiModule;
import org.eventstorm.app.wiring.ValidationModule;

/** The desktop app: builds the object graph (the composition root) and opens the first window. */
public final class EventStormApp extends Application {
    private static volatile BoardPreload initialBoard;
    private static volatile Injector injector;

    /**
     * Starts the app on {@code board} (null for the welcome screen); returns when the last window closes. The object
     * graph is built and the board read on a thread of their own while JavaFX starts.
     */
    public static void launchOn(Path board) {
        if (board != null) {
            initialBoard = BoardPreload.start(board, () -> injector().getInstance(DocumentService.class));
        } else {
            Thread wiring = new Thread(EventStormApp::injector, "wiring");
            wiring.setDaemon(true);
            wiring.start();
        }
        Application.launch(EventStormApp.class);
    }

    /**
     * Starts the app on what {@code board} names (a folder, its board.yaml, a .storm file; null for the welcome screen).
     * False, with the reason on {@code err}, when it names no board.
     */
    public static boolean launchOnBoard(Path board, PrintWriter err) {
        Path folder = null;
        if (board != null) {
            try {
                folder = BoardLocation.folderOf(board);
            } catch (IOException e) {
                err.println(e.getMessage());
                return false;
            }
        }
        launchOn(folder);
        return true;
    }

    /** The object graph of the app, built once. */
    public static Injector injector() {
        Injector current = injector;
        if (current == null) {
            synchronized (EventStormApp.class) {
                if (injector == null) {
                    injector = Guice.createInjector(new DocumentModule(), new ValidationModule(), new ExportModule(), new UiModule());
                }
                current = injector;
            }
        }
        return current;
    }

    @Override
    public void start(Stage stage) {
        Fonts.load();
        injector().getInstance(ThemeSettings.class).apply();
        ObservableBooleanValue complete = injector().getInstance(Windows.class).openFirst(stage, initialBoard);
        if (StartupReport.wanted()) {
            StartupReport.exitWhenComplete(stage, complete);
        }
    }
}
