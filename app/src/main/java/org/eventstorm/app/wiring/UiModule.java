package org.eventstorm.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import org.eventstorm.app.clipboard.StickyClipboard;
import org.eventstorm.app.theme.ThemeSettings;
import org.eventstorm.app.window.Windows;

/** Windows, the clipboard shared between them, the theme. */
public final class UiModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(Windows.class).in(Singleton.class);
        bind(StickyClipboard.class).in(Singleton.class);
        bind(ThemeSettings.class).in(Singleton.class);
    }
}
