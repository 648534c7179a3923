package org.eventstorm.app.export;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** In the status bar: a running export's progress and step, then the folder it wrote with an "Open Folder" link. */
public final class ExportStatus extends HBox {
    public ExportStatus(ExportViewModel model) {
        super(8);
        setId("export-status");
        setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(120);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label message = new Label();
        message.setId("export-message");
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        Hyperlink open = new Hyperlink("Open Folder");
        open.setId("export-open-folder");
        open.visibleProperty().bind(model.finishedFolderProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(event -> model.openFinishedFolder());
        getChildren().addAll(bar, message, open);
        visibleProperty().bind(model.runningProperty().or(model.finishedFolderProperty().isNotNull()));
        managedProperty().bind(visibleProperty());
    }
}
