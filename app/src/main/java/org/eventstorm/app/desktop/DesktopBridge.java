package org.eventstorm.app.desktop;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * What the app asks of the operating system's desktop: a folder chosen in its dialog, a folder shown in its file
 * manager. One seam, so that tests can answer in place of the dialogs.
 */
public interface DesktopBridge {

    /** The folder the person chose, or empty when they cancelled. */
    Optional<Path> chooseFolder(Window owner, String title, Path initial);

    /**
     * Where a new folder is to be made: the dialog's Save button, its name field filled with {@code suggestedName}, in
     * {@code initial}; empty when they cancelled. (A folder chooser would say "Open", which is not what saving does.)
     */
    Optional<Path> chooseNewFolder(Window owner, String title, Path initial, String suggestedName);

    /** Shows {@code folder} in the file manager. */
    void openFolder(Path folder);
}
