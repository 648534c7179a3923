package org.eventstorm.app.desktop;

import java.nio.file.Path;
import java.util.List;
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

    /**
     * The files the person chose in the open dialog (one or more), showing those ending in one of {@code extensions}
     * ({@code *.yaml}) under {@code description}; empty when they cancelled.
     */
    List<Path> chooseFiles(Window owner, String title, Path initial, String description, List<String> extensions);

    /** Shows {@code folder} in the file manager. */
    void openFolder(Path folder);
}
