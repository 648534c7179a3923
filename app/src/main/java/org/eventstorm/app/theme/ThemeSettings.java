package org.eventstorm.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import jakarta.inject.Singleton;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import java.util.prefs.Preferences;
import org.eventstorm.exporters.picture.BoardTheme;

/** Light or dark, for every window and canvas; the choice is kept between runs. */
@Singleton
public final class ThemeSettings {
    private static final String KEY = "dark-theme";
    private final Preferences preferences = Preferences.userRoot().node(System.getProperty("eventstorm.preferences", "org/eventstorm/studio"));
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", preferences.getBoolean(KEY, false));

    public ThemeSettings() {
        dark.addListener((observable, was, now) -> {
            preferences.putBoolean(KEY, now);
            apply();
        });
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Sets the look of every window to the current choice. */
    public void apply() {
        Application.setUserAgentStylesheet(dark.get() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    public BoardTheme canvasTheme() {
        return dark.get() ? BoardTheme.DARK : BoardTheme.LIGHT;
    }
}
