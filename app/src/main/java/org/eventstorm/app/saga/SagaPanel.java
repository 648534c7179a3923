package org.eventstorm.app.saga;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaStep;
import org.eventstorm.model.validate.Finding;

/**
 * The saga panel: the board's sagas on the left (with a count of findings), the chosen one's steps, findings and state
 * machine on the right; "From Selected Event" creates one from the chain the event starts.
 */
public final class SagaPanel extends VBox {
    private final SagaViewModel model;
    private final ListView<SagaViewModel.SagaRow> list = new ListView<>();
    private final ListView<String> steps = new ListView<>();
    private final ListView<String> findings = new ListView<>();
    private final TextArea machine = new TextArea();
    private final Label heading = new Label();

    public SagaPanel(SagaViewModel model) {
        this.model = model;
        getStyleClass().add("sagas");
        setId("saga-panel");
        Label title = new Label("SAGAS");
        title.getStyleClass().add("panel-title");
        Button create = new Button("From Selected Event");
        create.setId("saga-create");
        create.setTooltip(new Tooltip("Derive a saga from the policy chain the selected event starts (Ctrl+G)"));
        create.setOnAction(event -> model.createFromSelection());
        Button delete = new Button("Delete Saga");
        delete.setId("saga-delete");
        delete.disableProperty().bind(model.chosenProperty().isNull());
        delete.setOnAction(event -> {
            if (model.chosenProperty().get() != null) {
                model.delete(model.chosenProperty().get());
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, title, gap, create, delete);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 12, 6, 12));

        list.setId("saga-list");
        list.setItems(model.sagas());
        list.setPlaceholder(new Label("No sagas yet: select an event and choose From Selected Event."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SagaViewModel.SagaRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.saga().name() + "  \u00B7  " + row.saga().steps().size() + " steps"
                        + (row.findings() == 0 ? "" : "  \u00B7  " + row.findings() + (row.findings() == 1 ? " finding" : " findings")));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                model.chosenProperty().set(now.id());
            }
        });
        model.chosenProperty().addListener((observable, before, now) -> show());
        model.sagas().addListener((ListChangeListener<SagaViewModel.SagaRow>) change -> show());

        heading.getStyleClass().add("field-label");
        steps.setId("saga-steps");
        steps.setPlaceholder(new Label("Choose a saga to see its steps."));
        findings.setId("saga-findings");
        findings.setPrefHeight(64);
        findings.setMinHeight(48);
        findings.managedProperty().bind(findings.visibleProperty());
        findings.visibleProperty().bind(Bindings.isNotEmpty(findings.getItems()));
        machine.setId("saga-state-machine");
        machine.setEditable(false);
        machine.getStyleClass().add("monospace");
        VBox details = new VBox(6, heading, steps, findings);
        details.setPadding(new Insets(0, 6, 6, 6));
        VBox.setVgrow(steps, Priority.ALWAYS);
        SplitPane body = new SplitPane(list, details, machine);
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.22, 0.62);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.chosenSaga().map(this::describe).orElse(""), model.chosenProperty()));
        show();
    }

    public ListView<SagaViewModel.SagaRow> list() {
        return list;
    }

    /** Chooses a saga in the list (a problem about its file was clicked). */
    public void choose(DefinitionId id) {
        model.chosenProperty().set(id);
    }

    private String describe(Saga saga) {
        return saga.name() + (saga.triggerEvent().isBlank() ? "" : "  \u2014  starts on " + saga.triggerEvent())
                + (saga.description().isBlank() ? "" : ": " + saga.description());
    }

    private void show() {
        DefinitionId id = model.chosenProperty().get();
        Saga saga = model.chosenSaga().orElse(null);
        for (SagaViewModel.SagaRow row : list.getItems()) {
            if (row.id().equals(id) && list.getSelectionModel().getSelectedItem() != row) {
                list.getSelectionModel().select(row);
            }
        }
        if (saga == null) {
            list.getSelectionModel().clearSelection();
            steps.getItems().clear();
            findings.getItems().clear();
            machine.clear();
            return;
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < saga.steps().size(); i++) {
            lines.add((i + 1) + ". " + step(saga.steps().get(i)));
        }
        steps.getItems().setAll(lines);
        findings.getItems().setAll(model.findingsOn(id).stream().map(this::finding).toList());
        machine.setText(model.stateMachine(id, saga));
    }

    private static String step(SagaStep step) {
        StringBuilder text = new StringBuilder(step.id()).append("  \u2192  ").append(step.command().isBlank() ? "(no command)" : step.command());
        if (!step.service().isBlank()) {
            text.append(" @ ").append(step.service());
        }
        text.append("\n      ").append(step.timeout().isBlank() ? "no timeout" : step.timeout());
        if (step.retry().maxAttempts() > 1) {
            text.append(", ").append(step.retry().maxAttempts()).append(" attempts").append(
                    step.retry().backoff().isBlank() ? "" : " " + step.retry().backoff());
        }
        text.append(step.hasCompensation() ? "  \u00B7  undone by " + step.compensation() : "  \u00B7  no compensation");
        if (!step.dependsOn().isEmpty()) {
            text.append("  \u00B7  after ").append(String.join(", ", step.dependsOn()));
        }
        return text.toString();
    }

    private String finding(Finding finding) {
        return finding.severity().word() + "  " + finding.definition().path() + ":" + model.lineOf(finding) + "  " + finding.message();
    }
}
