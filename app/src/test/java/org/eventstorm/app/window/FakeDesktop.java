package org.eventstorm.app.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.eventstorm.app.desktop.DesktopBridge;

/** Answers the desktop's dialogs in place of a person and notes what was asked. */
final class FakeDesktop implements DesktopBridge {
    Path answer;
    final List<String> titles = new ArrayList<>();
    final List<String> suggestedNames = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();
    List<Path> files = List.of();

    @Override
    public Optional<Path> chooseFolder(Window owner, String title, Path initial) {
        titles.add(title);
        return Optional.ofNullable(answer);
    }

    @Override
    public Optional<Path> chooseNewFolder(Window owner, String title, Path initial, String suggestedName) {
        titles.add(title);
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(answer);
    }

    @Override
    public List<Path> chooseFiles(Window owner, String title, Path initial, String description, List<String> extensions) {
        titles.add(title);
        return files;
    }

    @Override
    public void openFolder(Path folder) {
        opened.add(folder);
    }
}
