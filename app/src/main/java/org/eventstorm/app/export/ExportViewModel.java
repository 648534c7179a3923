package org.eventstorm.app.export;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.desktop.DesktopBridge;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.ExportRun;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.TargetFolder;

/**
 * One window's exports: which formats there are, the one running now (its progress and what it is doing), and the
 * folder the last one wrote. The board is copied when an export starts, so editing goes on while it runs.
 */
public final class ExportViewModel {
    private final BoardDocument document;
    private final CanvasViewModel canvas;
    private final List<Exporter> formats;
    private final BackgroundWork background;
    private final DesktopBridge desktop;
    private final Notices notices;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Path> finishedFolder = new ReadOnlyObjectWrapper<>(this, "finishedFolder");
    private Path lastFolder;

    public ExportViewModel(BoardDocument document, CanvasViewModel canvas, ExportFormats formats, BackgroundWork background,
            DesktopBridge desktop, Notices notices) {
        this.document = document;
        this.canvas = canvas;
        this.formats = formats.all();
        this.background = background;
        this.desktop = desktop;
        this.notices = notices;
    }

    /** The formats, in the order they are bound. */
    public List<Exporter> formats() {
        return formats;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while an export runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the running export is doing, or what the last one did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The folder the last finished export wrote into, until the next one starts. */
    public ReadOnlyObjectProperty<Path> finishedFolderProperty() {
        return finishedFolder.getReadOnlyProperty();
    }

    /** Where the folder dialog starts: the last export's folder, else beside the board. */
    public Path suggestedFolder() {
        if (lastFolder != null) {
            return lastFolder;
        }
        return document.folder().map(Path::toAbsolutePath).map(Path::getParent).orElse(Path.of(System.getProperty("user.home")));
    }

    /** Asks for a folder, then exports {@code chosen} into it; {@code selectionOnly} narrows the picture to the selection. */
    public void chooseFolderAndExport(Window owner, List<Exporter> chosen, boolean selectionOnly) {
        if (running.get()) {
            notices.info("An export is still running; wait for it to finish");
            return;
        }
        if (selectionOnly && canvas.selection().isEmpty()) {
            notices.problem("Select the stickies to draw first");
            return;
        }
        String what = chosen.size() == 1 ? chosen.get(0).title() : "every format";
        Optional<Path> folder = desktop.chooseFolder(owner, "Export " + what + " into a folder", suggestedFolder());
        folder.ifPresent(target -> export(chosen, selectionOnly, target));
    }

    /** Exports {@code chosen} into {@code folder} in the background; the progress shows while it runs. */
    public void export(List<Exporter> chosen, boolean selectionOnly, Path folder) {
        ExportInput frozen = ExportInput.frozen(document.board(), document.files().orElse(null));
        ExportInput input = selectionOnly ? frozen.withSelection(canvas.selectionInBoardOrder()) : frozen;
        Task<Exported> task = new Task<>() {
            @Override
            protected Exported call() throws Exception {
                TargetFolder target = TargetFolder.at(folder);
                int total = chosen.size();
                AtomicInteger done = new AtomicInteger();
                updateMessage("Exporting " + (total == 1 ? chosen.get(0).title() : total + " formats") + "\u2026");
                updateProgress(0.05, 1);
                Set<String> notes = new LinkedHashSet<>();
                List<ExportRun.Result> results = ExportRun.run(input, target, chosen, new ExportRun.Listener() {
                    @Override
                    public void finished(ExportRun.Result result) {
                        int finished = done.incrementAndGet();
                        updateProgress(0.05 + 0.95 * finished / total, 1);
                        if (finished < total) {
                            updateMessage("Exporting " + total + " formats\u2026 " + result.exporter().title() + " done (" + finished + " of " + total + ")");
                        }
                    }
                });
                results.forEach(result -> notes.addAll(result.notes()));
                return new Exported(target.written().size(), List.copyOf(notes));
            }
        };
        running.set(true);
        finishedFolder.set(null);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(event -> {
            finish();
            lastFolder = folder;
            finishedFolder.set(folder);
            int files = task.getValue().files();
            List<String> notes = task.getValue().notes();
            message.set("Exported " + files + (files == 1 ? " file" : " files") + " to " + folder + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)));
            notices.info("Export finished: " + files + (files == 1 ? " file" : " files") + " in " + folder.getFileName());
            notes.forEach(note -> notices.info("Export: " + note));
        });
        task.setOnFailed(event -> {
            finish();
            Throwable failure = task.getException();
            message.set("");
            notices.problem("Export failed: " + (failure == null ? "unknown error" : failure.getMessage()));
        });
        background.run(task);
    }

    /** What an export wrote, and what it could not make and why. */
    private record Exported(int files, List<String> notes) {
    }

    /** Shows the last export's folder in the file manager. */
    public void openFinishedFolder() {
        Path folder = finishedFolder.get();
        if (folder == null) {
            return;
        }
        try {
            desktop.openFolder(folder);
        } catch (RuntimeException e) {
            notices.problem(e.getMessage());
        }
    }

    private void finish() {
        progress.unbind();
        message.unbind();
        progress.set(0);
        running.set(false);
    }
}
