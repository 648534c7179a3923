package org.eventstorm.app.document;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * How boards are saved, for every window, kept between runs: automatically a moment after each edit (the default,
 * so a workshop never depends on Ctrl+S), or only when the person saves, for teams that want each save to be a
 * decision they can commit. The recovery journal keeps unsaved edits either way.
 */
@Singleton
public final class SavingSettings {
    private static final String KEY = "autosave";
    private final BooleanProperty autosave = new SimpleBooleanProperty(this, "autosave", true);

    @Inject
    public SavingSettings() {
        this(Preferences.userRoot().node(System.getProperty("eventstorm.preferences", "org/eventstorm/studio")));
    }

    SavingSettings(Preferences preferences) {
        autosave.set(preferences.getBoolean(KEY, true));
        autosave.addListener((observable, was, now) -> preferences.putBoolean(KEY, now));
    }

    /** Whether edits are saved by themselves. */
    public BooleanProperty autosaveProperty() {
        return autosave;
    }
}
