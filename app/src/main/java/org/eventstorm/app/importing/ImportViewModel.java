package org.eventstorm.app.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Window;
import org.eventstorm.app.desktop.DesktopBridge;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.document.EditOutcome;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.exporters.asyncapi.AsyncApiReader;
import org.eventstorm.exporters.eventcatalog.EventCatalogReader;
import org.eventstorm.exporters.imports.BoardImport;
import org.eventstorm.exporters.imports.ImportProblem;
import org.eventstorm.exporters.imports.ImportedBoard;

/**
 * File > Import in one window: AsyncAPI documents chosen in the open dialog, or an EventCatalog folder, are read, then
 * what they add to the board is applied as one edit, so one undo takes the whole import back. A document with a problem changes nothing;
 * the problems, or what was added and skipped, are the window's last import report.
 */
public final class ImportViewModel {
    private final BoardDocument document;
    private final DesktopBridge desktop;
    private final Notices notices;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private Path lastFolder;

    /** What the last import did: its headline, and a line for each problem or each thing skipped. */
    public record Report(boolean imported, String headline, List<String> lines) {
        public Report {
            lines = List.copyOf(lines);
        }
    }

    public ImportViewModel(BoardDocument document, DesktopBridge desktop, Notices notices) {
        this.document = document;
        this.desktop = desktop;
        this.notices = notices;
    }

    /** The last import's report; it changes once per import. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Asks for AsyncAPI documents, then imports them. */
    public void chooseAndImportAsyncApi(Window owner) {
        Path initial = lastFolder != null ? lastFolder
                : document.folder().map(Path::toAbsolutePath).map(Path::getParent).orElse(Path.of(System.getProperty("user.home")));
        List<Path> files = desktop.chooseFiles(owner, "Import AsyncAPI documents into this board", initial, "AsyncAPI documents (YAML, JSON)",
                List.of("*.yaml", "*.yml", "*.json"));
        if (!files.isEmpty()) {
            lastFolder = files.get(0).toAbsolutePath().getParent();
            importAsyncApi(files);
        }
    }

    /** Asks for an EventCatalog folder, then imports it. */
    public void chooseAndImportEventCatalog(Window owner) {
        Path initial = lastFolder != null ? lastFolder
                : document.folder().map(Path::toAbsolutePath).map(Path::getParent).orElse(Path.of(System.getProperty("user.home")));
        desktop.chooseFolder(owner, "Import an EventCatalog folder into this board", initial).ifPresent(folder -> {
            lastFolder = folder.toAbsolutePath().getParent();
            importEventCatalog(folder);
        });
    }

    /** Imports AsyncAPI {@code files} into the board as one undoable edit; says what it added and skipped, or what is wrong. */
    public Report importAsyncApi(List<Path> files) {
        AsyncApiReader.Reading reading = AsyncApiReader.read(files, files.stream().map(file -> file.getFileName().toString()).toList());
        return apply(reading.board(), reading.problems(), files.size() + " AsyncAPI document" + (files.size() == 1 ? "" : "s"));
    }

    /** Imports the EventCatalog in {@code folder} into the board as one undoable edit. */
    public Report importEventCatalog(Path folder) {
        EventCatalogReader.Reading reading = EventCatalogReader.read(folder);
        return apply(reading.board(), reading.problems(), "the EventCatalog " + folder.getFileName());
    }

    private Report apply(ImportedBoard imported, List<ImportProblem> problems, String what) {
        if (!problems.isEmpty()) {
            List<String> lines = problems.stream().map(ImportProblem::getMessage).toList();
            notices.problem("Nothing imported: " + lines.get(0) + (lines.size() > 1 ? " (and " + (lines.size() - 1) + " more)" : ""));
            return publish(new Report(false, "Nothing imported from " + what + "; the board is unchanged", lines));
        }
        BoardImport.Result result = BoardImport.of(document.board(), imported, "Import " + what);
        if (result.edit().isPresent()) {
            EditOutcome outcome = document.apply(result.edit().get());
            Optional<String> refused = outcome.refusalMessage();
            if (refused.isPresent()) {
                notices.problem("Nothing imported: " + refused.get());
                return publish(new Report(false, "Nothing imported from " + what, List.of(refused.get())));
            }
        }
        List<String> lines = new ArrayList<>();
        result.skipped().forEach(skipped -> lines.add("skipped " + skipped));
        String headline = "Imported " + what + ": " + result.summary();
        notices.info(headline + (result.edit().isPresent() ? " (Undo takes it back)" : ""));
        return publish(new Report(true, headline, lines));
    }

    private Report publish(Report made) {
        report.set(made);
        return made;
    }
}
