package org.eventstorm.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.eventstorm.app.theme.Fonts;
import org.eventstorm.app.theme.ThemeSettings;
import org.eventstorm.app.window.Windows;
import org.eventstorm.app.wiring.DocumentModule;
import org.eventstorm.app.wiring.ExportModule;
import org.eventstorm.app.wiring.UiModule;
import org.eventstorm.app.wiring.ValidationModule;

/** The desktop app: builds the object graph (the composition root) and opens the first window. */
public final class EventStormApp extends Application {
    private static volatile Path initialBoard;
    private static volatile Injector injector;

    /** Starts the app on {@code board} (null for a new empty board); returns when the last window closes. */
    public static void launchOn(Path board) {
        initialBoard = board;
        Application.launch(EventStormApp.class);
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
        injector().getInstance(Windows.class).openFirst(stage, initialBoard);
        if (StartupReport.wanted()) {
            StartupReport.exitWhenShown();
        }
    }
}
