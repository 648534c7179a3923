package org.eventstorm.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThemeSettingsTest {
    private final Preferences preferences = Preferences.userRoot().node("org/eventstorm/theme-settings-test");

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    private static SystemAppearance desktop(String os, String answer) {
        return new SystemAppearance(os, command -> Optional.ofNullable(answer));
    }

    @Test
    void followsTheSystemUntilTheyChooseAndTheChoiceIsKept() {
        ThemeSettings first = new ThemeSettings(desktop("Linux", "'prefer-dark'\n"), preferences);
        assertEquals(ThemeChoice.SYSTEM, first.choiceProperty().get(), "following the system is the default");
        assertTrue(first.isDark(), "the desktop is dark");
        first.choiceProperty().set(ThemeChoice.LIGHT);
        assertFalse(first.isDark());

        ThemeSettings next = new ThemeSettings(desktop("Linux", "'prefer-dark'\n"), preferences);
        assertEquals(ThemeChoice.LIGHT, next.choiceProperty().get(), "kept between runs");
        assertFalse(next.isDark());
        next.choiceProperty().set(ThemeChoice.SYSTEM);
        assertTrue(next.isDark());
    }

    @Test
    void aDarkChoiceFromBeforeThereWasASystemOptionIsKept() {
        preferences.putBoolean("dark-theme", true);
        assertEquals(ThemeChoice.DARK, new ThemeSettings(desktop("Linux", null), preferences).choiceProperty().get());
    }

    @Test
    void eachDesktopIsReadItsOwnWay() {
        assertEquals(Optional.of(false), desktop("Linux", "'default'").prefersDark());
        assertEquals(Optional.of(true),
                desktop("Windows 11", "\nHKEY_CURRENT_USER\\...\\Personalize\n    AppsUseLightTheme    REG_DWORD    0x0\n").prefersDark());
        assertEquals(Optional.of(false), desktop("Windows 11", "    AppsUseLightTheme    REG_DWORD    0x1\n").prefersDark());
        assertEquals(Optional.of(true), desktop("Mac OS X", "Dark\n").prefersDark());
        assertEquals(Optional.of(false), desktop("Mac OS X", null).prefersDark(), "the key is missing in light mode");
        assertEquals(Optional.empty(), desktop("Windows 11", null).prefersDark(), "cannot tell");
        SystemAppearance gnomeThenGtk = new SystemAppearance("Linux", command -> command.contains("color-scheme") ? Optional.empty()
                : Optional.of("'Adwaita-dark'"));
        if (System.getenv("GTK_THEME") == null) {
            assertEquals(Optional.of(true), gnomeThenGtk.prefersDark(), "an older GNOME: the GTK theme's name");
        }
    }
}
