package org.eventstorm.app.problems;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.eventstorm.model.validate.Fix;

/** The problems panel: a line per problem with its severity, message and file; click to go there, Fix to fix. */
public final class ProblemsView extends VBox {
    private final ListView<ProblemRow> list = new ListView<>();

    public ProblemsView(ProblemsViewModel model) {
        getStyleClass().add("problems");
        Label title = new Label("PROBLEMS");
        title.getStyleClass().add("panel-title");
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("hint");
        HBox header = new HBox(10, title, summary);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 12, 6, 12));
        list.setId("problems-list");
        list.setItems(model.rows());
        list.setPlaceholder(new Label("No problems: every reference resolves and every hotspot is resolved."));
        list.setCellFactory(view -> new Cell(model));
        list.setOnMouseClicked(event -> {
            ProblemRow row = list.getSelectionModel().getSelectedItem();
            if (row != null && event.getClickCount() >= 1) {
                model.open(row);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
    }

    public ListView<ProblemRow> list() {
        return list;
    }

    private static final class Cell extends ListCell<ProblemRow> {
        private final ProblemsViewModel model;

        Cell(ProblemsViewModel model) {
            this.model = model;
            // As wide as the list, never wider: a long message is cut with its whole text in the tooltip, and the
            // file and the Fix button stay in view instead of behind a sideways scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ProblemRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Circle dot = new Circle(5);
            dot.getStyleClass().add("severity-" + row.severity().word());
            ProblemRow.Described described = model.describe(row);
            Label message = new Label(described.message());
            message.setMinWidth(0);
            message.setTooltip(new Tooltip(described.message()));
            HBox.setHgrow(message, Priority.ALWAYS);
            message.setMaxWidth(Double.MAX_VALUE);
            Label where = new Label(row.where());
            where.getStyleClass().add("hint");
            where.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, dot, message, where);
            line.setAlignment(Pos.CENTER_LEFT);
            if (!described.fixes().isEmpty()) {
                Fix fix = described.fixes().get(0);
                Button apply = new Button("Fix: " + fix.label());
                apply.getStyleClass().addAll("small", "fix-button");
                apply.setOnAction(event -> model.apply(fix));
                apply.setMinWidth(Region.USE_PREF_SIZE);
                line.getChildren().add(apply);
            }
            setText(null);
            setGraphic(line);
            setAccessibleText(row.severity().word() + ": " + described.message());
        }
    }
}
