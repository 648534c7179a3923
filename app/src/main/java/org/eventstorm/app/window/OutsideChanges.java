package org.eventstorm.app.window;

import java.io.IOException;
import java.util.Set;
import org.eventstorm.app.document.Autosave;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.app.reload.BoardWatcher;
import org.eventstorm.model.board.SnapshotMerge;
import org.eventstorm.model.file.LoadedBoard;

/**
 * Live reload: when another program changes the board's files, the window takes the changes in, merged with the
 * unsaved edits made here; where both touched the same thing the person chooses. Autosave waits meanwhile, so it
 * never writes over a change it has not seen.
 */
final class OutsideChanges implements AutoCloseable {
    private final MainWindow window;
    private final Autosave autosave;
    private BoardWatcher watcher;

    OutsideChanges(MainWindow window, Autosave autosave) {
        this.window = window;
        this.autosave = autosave;
        window.document().folderProperty().addListener((observable, was, now) -> watch());
        watch();
    }

    private void watch() {
        close();
        window.document().folder().ifPresent(folder -> {
            try {
                watcher = new BoardWatcher(folder, new BoardWatcher.Listener() {
                    @Override
                    public void stirring() {
                        autosave.hold(true);
                    }

                    @Override
                    public boolean knows(Set<String> changed) {
                        return window.document().files().map(files -> changed.stream().allMatch(files::isAsLeft)).orElse(false);
                    }

                    @Override
                    public void settled() {
                        autosave.hold(false);
                    }

                    @Override
                    public void fresh(LoadedBoard board) {
                        arrived(board);
                    }
                });
            } catch (IOException e) {
                window.notices().problem("Changes made to " + folder + " by other programs will not show until the board is opened again: "
                        + e.getMessage());
            }
        });
    }

    /** The board as read after a change on disk. */
    private void arrived(LoadedBoard fresh) {
        BoardDocument document = window.document();
        try {
            document.outsideChanges(fresh).ifPresent(merge -> {
                Set<SnapshotMerge.Item> takeTheirs = merge.conflicts().isEmpty() ? Set.of()
                        : ConflictDialog.ask(window.stage(), merge.conflicts(), document.board().snapshot(), fresh.board().snapshot());
                document.reload(fresh, merge.resolve(takeTheirs));
                Notices notices = window.notices();
                int conflicts = merge.conflicts().size();
                notices.info(conflicts == 0 ? "Reloaded the changes made to the files outside EventStorm Studio"
                        : "Reloaded the changes made outside; " + conflicts + (conflicts == 1 ? " clash was" : " clashes were") + " settled as you chose");
            });
        } finally {
            autosave.hold(false);
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }
}
