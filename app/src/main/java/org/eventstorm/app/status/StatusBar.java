package org.eventstorm.app.status;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyKind;

/** The line under the board: the last notice, how many stickies of each kind, open hotspots, zoom, saved state. */
public final class StatusBar extends HBox {
    private final BoardDocument document;
    private final CanvasViewModel canvas;
    private final Map<StickyKind, Label> counts = new EnumMap<>(StickyKind.class);
    private final Label hotspots = new Label();
    private final Label selection = new Label();
    private final Label saved = new Label();

    public StatusBar(BoardDocument document, CanvasViewModel canvas, Notices notices) {
        this.document = document;
        this.canvas = canvas;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);
        setPadding(new Insets(4, 12, 4, 12));

        Label notice = new Label();
        notice.setId("status-notice");
        notice.textProperty().bind(notices.messageProperty());
        notice.styleProperty().bind(Bindings.when(notices.severityProperty().isEqualTo("problem")).then("-fx-text-fill: -color-danger-fg;").otherwise(""));
        notice.setMinWidth(0);
        HBox.setHgrow(notice, Priority.ALWAYS);
        notice.setMaxWidth(Double.MAX_VALUE);

        HBox kinds = new HBox(10);
        kinds.setAlignment(Pos.CENTER_LEFT);
        for (StickyKind kind : StickyKind.values()) {
            Label count = new Label();
            count.setGraphic(new Circle(5, Color.web(kind.hex())));
            count.setTooltip(new Tooltip(kind.title()));
            counts.put(kind, count);
            kinds.getChildren().add(count);
        }
        hotspots.setId("status-hotspots");
        hotspots.getStyleClass().add("hotspot-count");
        selection.setId("status-selection");
        Label zoom = new Label();
        zoom.setId("status-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.viewport().scale() * 100) + "%", canvas.viewport().scaleProperty()));
        saved.setId("status-saved");
        getChildren().addAll(notice, kinds, hotspots, selection, zoom, saved);

        document.addListener(change -> {
            notices.movedOn();
            refresh();
        });
        document.dirtyProperty().addListener(o -> refresh());
        document.folderProperty().addListener(o -> refresh());
        canvas.selection().addListener((SetChangeListener<Object>) change -> {
            notices.movedOn();
            refresh();
        });
        refresh();
    }

    private void refresh() {
        Map<StickyKind, Integer> byKind = new EnumMap<>(StickyKind.class);
        int open = 0;
        for (Sticky sticky : document.board().stickies().values()) {
            byKind.merge(sticky.kind(), 1, Integer::sum);
            if (sticky instanceof Hotspot hotspot && !hotspot.isResolved()) {
                open++;
            }
        }
        counts.forEach((kind, label) -> label.setText(Integer.toString(byKind.getOrDefault(kind, 0))));
        hotspots.setText(open == 1 ? "1 open hotspot" : open + " open hotspots");
        hotspots.pseudoClassStateChanged(PseudoClass.getPseudoClass("open"), open > 0);
        int selected = canvas.selection().size();
        selection.setText(selected == 0 ? "" : selected + " selected");
        saved.setText(document.folder().isEmpty() ? "Not saved yet" : document.isDirty() ? "Unsaved changes" : "Saved");
        saved.pseudoClassStateChanged(PseudoClass.getPseudoClass("dirty"), document.isDirty());
        setAccessibleText(String.format(Locale.ROOT, "%d stickies, %d open hotspots", document.board().size(), open));
    }

    public Label hotspotsLabel() {
        return hotspots;
    }
}
