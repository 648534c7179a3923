package org.eventstorm.app.window;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.eventstorm.app.problems.ProblemsView;
import org.eventstorm.app.saga.SagaPanel;
import org.eventstorm.app.versions.VersionsPanel;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.sticky.StickyId;

/**
 * The panels below the canvas, as tabs: Problems, Sagas, Versions. A panel is shown by choosing its tab (opening the
 * area if it was closed); toggling the chosen one closes the area, so the canvas gets the room back.
 */
final class BottomPanels {
    private final SplitPane centre;
    private final TabPane tabs;
    private final PanelSlot slot = new PanelSlot("bottom-slot");
    private final Tab problemsTab;
    private final Tab sagasTab;
    /** The least part of the height the canvas keeps when a panel below it asks for room. */
    private static final double CANVAS_SHARE = 0.4;

    private final Tab versionsTab;
    private SagaPanel sagas;
    private VersionsPanel versions;
    private List<Node> panels = List.of();

    /** The area below the canvas, empty until {@link #fill}. */
    BottomPanels(SplitPane centre) {
        this.centre = centre;
        problemsTab = tab("Problems", "tab-problems");
        sagasTab = tab("Sagas", "tab-sagas");
        versionsTab = tab("Versions", "tab-versions");
        tabs = new TabPane(problemsTab, sagasTab, versionsTab);
        tabs.setId("bottom-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        centre.getItems().add(slot);
        centre.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(slot, false);
        // However a tab is chosen (its header clicked, a menu, a problem), it gets the room its content needs.
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> {
            if (now != null) {
                Platform.runLater(() -> makeRoomFor(now));
            }
        });
    }

    private static Tab tab(String title, String id) {
        Tab tab = new Tab(title);
        tab.setId(id);
        return tab;
    }

    /** Puts the panels in their tabs and the tabs in their place. */
    void fill(ProblemsView problems, SagaPanel sagas, VersionsPanel versions) {
        this.sagas = sagas;
        this.versions = versions;
        this.panels = List.of(problems, sagas, versions);
        for (int i = 0; i < panels.size(); i++) {
            tabs.getTabs().get(i).setContent(panels.get(i));
        }
        slot.fill(tabs);
    }

    /** True when {@code panel} is one of these. */
    boolean holds(Node panel) {
        return panels.contains(panel);
    }

    /** Shows the panel, or closes the area when the panel is the one showing. */
    void toggle(Node panel) {
        Tab tab = tabs.getTabs().get(panels.indexOf(panel));
        if (centre.getItems().contains(slot) && tabs.getSelectionModel().getSelectedItem() == tab) {
            centre.getItems().remove(slot);
        } else {
            show(tab);
        }
    }

    void showSagas() {
        show(sagasTab);
    }

    void showSaga(DefinitionId id) {
        show(sagasTab);
        sagas.choose(id);
    }

    void showVersions(StickyId event) {
        show(versionsTab);
        versions.showEvent(event);
    }

    /** Opens the panel for the saga or strategy file a problem is about. */
    void showDefinition(DefinitionId id) {
        if (id.kind() == DefinitionKind.SAGA) {
            showSaga(id);
        } else {
            show(versionsTab);
            versions.showStrategy(id);
        }
    }

    private void show(Tab tab) {
        if (!centre.getItems().contains(slot)) {
            centre.getItems().add(slot);
            centre.setDividerPositions(0.8);
        }
        tabs.getSelectionModel().select(tab);
        makeRoomFor(tab);
    }

    /**
     * Raises the divider so the tab's panel has the height it asks for (steps, state machines and version tables need
     * more than a few problems), leaving the canvas at least {@value #CANVAS_SHARE} of the height; never lowers it.
     */
    private void makeRoomFor(Tab tab) {
        // The problems list scrolls and asks for more than it needs; the saga and version panels show whole tables.
        if (tab == problemsTab || !centre.getItems().contains(slot) || centre.getHeight() <= 0 || !(tab.getContent() instanceof Region panel)) {
            return;
        }
        double header = tabs.getHeight() - panel.getHeight();
        double wanted = panel.prefHeight(panel.getWidth() > 0 ? panel.getWidth() : -1) + Math.max(header, 30);
        double position = Math.max(CANVAS_SHARE, 1 - wanted / centre.getHeight());
        if (centre.getDividerPositions()[0] > position + 0.01) {
            centre.setDividerPositions(position);
        }
    }
}
