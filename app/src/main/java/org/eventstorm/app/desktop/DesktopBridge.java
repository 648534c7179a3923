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

    /** Shows {@code folder} in the file manager. */
    void openFolder(Path folder);
}
