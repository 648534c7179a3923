package org.eventstorm.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import org.eventstorm.app.clipboard.StickyClipboard;
import org.eventstorm.app.desktop.DesktopBridge;
import org.eventstorm.app.desktop.SystemDesktop;
import org.eventstorm.app.document.SavingSettings;
import org.eventstorm.app.export.BackgroundWork;
import org.eventstorm.app.theme.ThemeSettings;
import org.eventstorm.app.window.Windows;

/** Windows, the clipboard shared between them, the theme, the desktop's dialogs, the background thread. */
public final class UiModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(Windows.class).in(Singleton.class);
        bind(StickyClipboard.class).in(Singleton.class);
        bind(ThemeSettings.class).in(Singleton.class);
        bind(SavingSettings.class).in(Singleton.class);
        bind(BackgroundWork.class).in(Singleton.class);
        bind(DesktopBridge.class).to(SystemDesktop.class).in(Singleton.class);
    }
}
