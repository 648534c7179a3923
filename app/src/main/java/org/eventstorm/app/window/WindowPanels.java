package org.eventstorm.app.window;

import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.export.ExportViewModel;
import org.eventstorm.app.inspector.InspectorView;
import org.eventstorm.app.inspector.InspectorViewModel;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.app.palette.PaletteView;
import org.eventstorm.app.problems.ProblemsView;
import org.eventstorm.app.problems.ProblemsViewModel;
import org.eventstorm.app.saga.SagaPanel;
import org.eventstorm.app.saga.SagaViewModel;
import org.eventstorm.app.versions.VersionsPanel;
import org.eventstorm.app.versions.VersionsViewModel;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.StickyId;

/** A window's panels around the board, with their view models; built once the board is on screen (see MainWindow). */
record WindowPanels(PaletteView palette, ProblemsView problems, SagaViewModel sagaModel, SagaPanel sagas, VersionsPanel versions,
        InspectorView inspector, ExportViewModel exports) {

    /** What the panels ask of the window they are in. */
    interface Host {
        void showDefinition(DefinitionId id);

        void showVersions(StickyId event);
    }

    static WindowPanels build(BoardDocument document, CanvasViewModel canvasModel, Windows windows, Notices notices, Host host) {
        SagaViewModel sagaModel = new SagaViewModel(document, canvasModel);
        ProblemsView problems = new ProblemsView(new ProblemsViewModel(document, canvasModel, host::showDefinition));
        problems.setId("problems");
        InspectorView inspector = new InspectorView(new InspectorViewModel(document, canvasModel, host::showVersions));
        inspector.setId("inspector");
        PaletteView palette = new PaletteView(canvasModel);
        palette.setId("palette");
        return new WindowPanels(palette, problems, sagaModel, new SagaPanel(sagaModel),
                new VersionsPanel(new VersionsViewModel(document, canvasModel, document::today)), inspector,
                new ExportViewModel(document, canvasModel, windows.exportFormats(), windows.background(), windows.desktop(), notices));
    }
}
