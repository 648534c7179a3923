package org.eventstorm.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.eventstorm.render.BoardTheme;

/**
 * Light or dark, for every window and canvas: following the system by default, or as the person chose; the choice
 * is kept between runs. The system's setting is read at start and again whenever a window comes to the front.
 */
@Singleton
public final class ThemeSettings {
    private static final String KEY = "theme";
    private static final String OLD_KEY = "dark-theme";
    private final Preferences preferences;
    private final SystemAppearance system;
    private final ObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private volatile boolean systemDark;

    @Inject
    public ThemeSettings(SystemAppearance system) {
        this(system, Preferences.userRoot().node(System.getProperty("eventstorm.preferences", "org/eventstorm/studio")));
    }

    ThemeSettings(SystemAppearance system, Preferences preferences) {
        this.system = system;
        this.preferences = preferences;
        String kept = preferences.get(KEY, null);
        choice.set(kept == null ? (preferences.getBoolean(OLD_KEY, false) ? ThemeChoice.DARK : ThemeChoice.SYSTEM)
                : ThemeChoice.fromWord(kept).orElse(ThemeChoice.SYSTEM));
        systemDark = system.prefersDark().orElse(false);
        decide();
        choice.addListener((observable, was, now) -> {
            preferences.put(KEY, now.word());
            decide();
        });
        dark.addListener((observable, was, now) -> apply());
    }

    /** What the person chose. */
    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** Whether the windows are dark now. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public boolean isDark() {
        return dark.get();
    }

    /** Reads the system's setting again, off the FX thread, and follows it when the choice is to. */
    public void refreshSystem() {
        if (choice.get() != ThemeChoice.SYSTEM) {
            return;
        }
        Thread reader = new Thread(() -> {
            boolean now = system.prefersDark().orElse(systemDark);
            if (now != systemDark) {
                systemDark = now;
                Platform.runLater(this::decide);
            }
        }, "system-theme");
        reader.setDaemon(true);
        reader.start();
    }

    private void decide() {
        dark.set(switch (choice.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> systemDark;
        });
    }

    /** Sets the look of every window to the current choice. */
    public void apply() {
        if (Platform.isFxApplicationThread()) {
            Application.setUserAgentStylesheet(dark.get() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        }
    }

    public BoardTheme canvasTheme() {
        return dark.get() ? BoardTheme.DARK : BoardTheme.LIGHT;
    }
}
