package org.eventstorm.app.versions;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.eventstorm.app.inspector.SchemaEditor;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.versioning.Compatibility;
import org.eventstorm.model.versioning.EventVersions;
import org.eventstorm.model.versioning.SchemaChange;
import org.eventstorm.model.versioning.VersionDiff;

/**
 * The versions panel: the board's events on the left (versioned ones first), the shown event's versions with their
 * status, sunset and compatibility with the version before, the chosen version's fields; on the right the difference
 * between any two versions, and the strategies about the event with a form for the chosen one.
 */
public final class VersionsPanel extends VBox {
    private final VersionsViewModel model;
    private final ListView<VersionsViewModel.EventRow> events = new ListView<>();
    private final TableView<VersionsViewModel.VersionRow> table = new TableView<>();
    private final VBox fields = new VBox(4);
    private final Label heading = new Label();
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final Label compatibility = new Label();
    private final Label compatibilityText = new Label();
    private final ListView<String> changes = new ListView<>();
    private final StrategiesPane strategies;
    private final TabPane right;
    private String shownFields;

    public VersionsPanel(VersionsViewModel model) {
        this.model = model;
        getStyleClass().add("versions");
        setId("versions-panel");
        table.setId("versions-table");
        strategies = new StrategiesPane(model);
        right = new TabPane(new Tab("Compare", compare()), new Tab("Strategies", strategies));
        right.setId("versions-right");
        right.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        right.getTabs().get(0).setId("versions-tab-compare");
        right.getTabs().get(1).setId("versions-tab-strategies");

        events.setId("versions-events");
        events.setItems(model.events());
        events.setPlaceholder(new Label("No events on this board yet."));
        events.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(VersionsViewModel.EventRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(row.name());
                Label counts = new Label(row.versions() + (row.versions() == 1 ? " version" : " versions")
                        + (row.strategies() == 0 ? "" : "  \u00B7  " + row.strategies() + (row.strategies() == 1 ? " strategy" : " strategies")));
                counts.getStyleClass().add("hint");
                setGraphic(new VBox(1, name, counts));
            }
        });
        events.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null && !now.id().equals(model.shownProperty().get())) {
                model.shownProperty().set(now.id());
            }
        });

        VBox middle = new VBox(6, versionsTable(), fields);
        middle.setPadding(new Insets(0, 6, 6, 6));
        VBox.setVgrow(fields, Priority.ALWAYS);
        SplitPane body = new SplitPane(events, middle, right);
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.15, 0.6);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header(), body);

        model.shownProperty().addListener((observable, before, now) -> show());
        model.versions().addListener((ListChangeListener<VersionsViewModel.VersionRow>) change -> {
            // A table of a few versions: as tall as its rows, the version's fields below get the rest.
            table.setPrefHeight(46 + 28 * Math.max(3, model.versions().size()));
            show();
        });
        model.events().addListener((ListChangeListener<VersionsViewModel.EventRow>) change -> selectShownEvent());
        show();
    }

    /** Shows {@code id}'s versions (an event was chosen elsewhere: the canvas, a menu). */
    public void showEvent(StickyId id) {
        model.shownProperty().set(id);
    }

    /** Opens the strategies tab on {@code id} (a problem about the strategy file was clicked). */
    public void showStrategy(DefinitionId id) {
        right.getSelectionModel().select(1);
        strategies.choose(id);
    }

    private Node header() {
        Label title = new Label("VERSIONS");
        title.getStyleClass().add("panel-title");
        heading.setId("versions-heading");
        heading.getStyleClass().add("field-label");
        Button add = new Button("New Version");
        add.setId("versions-add");
        add.setTooltip(new Tooltip("Add the next version, a copy of the newest, in beta"));
        add.disableProperty().bind(model.shownProperty().isNull());
        add.setOnAction(event -> model.addVersion().ifPresent(this::selectVersion));
        Button current = new Button("Make Current");
        current.setId("versions-make-current");
        current.setTooltip(new Tooltip("The producer writes this version; the version that was current becomes deprecated"));
        current.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        current.setOnAction(event -> selectedVersion().ifPresent(version -> {
            model.makeCurrent(version);
            selectVersion(version);
        }));
        DatePicker sunset = new DatePicker(model.defaultSunset());
        sunset.setId("versions-sunset");
        sunset.setPrefWidth(150);
        // Dates as the files write them (2027-06-30), whatever the locale.
        sunset.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
        sunset.setTooltip(new Tooltip("The day after which the deprecated version may be removed"));
        Button deprecate = new Button("Deprecate");
        deprecate.setId("versions-deprecate");
        deprecate.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        deprecate.setOnAction(event -> selectedVersion().ifPresent(version -> {
            if (sunset.getValue() == null) {
                sunset.setValue(model.defaultSunset());
            }
            model.deprecate(version, sunset.getValue());
            selectVersion(version);
        }));
        Label until = new Label("sunset");
        until.getStyleClass().add("hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, title, heading, gap, add, current, deprecate, until, sunset);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 12, 6, 12));
        return header;
    }

    private Node versionsTable() {
        table.setId("versions-table");
        table.setItems(model.versions());
        table.setPlaceholder(new Label("Choose an event to see its versions."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setPrefHeight(46 + 28 * 3);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.getColumns().add(column("Version", 70, row -> row.version().version()));
        table.getColumns().add(column("Status", 92, row -> row.version().status()));
        table.getColumns().add(column("Sunset", 96, row -> row.version().sunsetDate()));
        table.getColumns().add(column("Fields", 56, row -> String.valueOf(row.version().schema().size())));
        TableColumn<VersionsViewModel.VersionRow, VersionsViewModel.VersionRow> since = new TableColumn<>("Since previous");
        since.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        since.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(VersionsViewModel.VersionRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || row.sincePrevious().isEmpty()) {
                    setGraphic(null);
                    setText(empty || row == null ? null : "first version");
                    return;
                }
                VersionDiff diff = row.sincePrevious().get();
                Label badge = badge(diff.compatibility());
                Label text = new Label(diff.changes().size() + (diff.changes().size() == 1 ? " change" : " changes"));
                text.getStyleClass().add("hint");
                setText(null);
                HBox line = new HBox(6, badge, text);
                line.setAlignment(Pos.CENTER_LEFT);
                setGraphic(line);
            }
        });
        since.setPrefWidth(150);
        table.getColumns().add(since);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> showFields());
        return table;
    }

    private Node compare() {
        from.setId("versions-from");
        to.setId("versions-to");
        from.valueProperty().addListener(o -> showDiff());
        to.valueProperty().addListener(o -> showDiff());
        compatibility.setId("versions-compatibility");
        compatibilityText.setId("versions-compatibility-text");
        compatibilityText.setWrapText(true);
        compatibilityText.getStyleClass().add("hint");
        changes.setId("versions-changes");
        changes.setPlaceholder(new Label("Choose two versions to compare."));
        Label arrow = new Label("\u2192");
        HBox choose = new HBox(8, new Label("From"), from, arrow, to, compatibility);
        choose.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, choose, compatibilityText, changes);
        box.setPadding(new Insets(8));
        VBox.setVgrow(changes, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<VersionsViewModel.VersionRow, String> column(String title, double width,
            Function<VersionsViewModel.VersionRow, String> value) {
        TableColumn<VersionsViewModel.VersionRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleStringProperty(value.apply(data.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    static Label badge(Compatibility compatibility) {
        Label badge = new Label(compatibility.name());
        badge.getStyleClass().addAll("compatibility", "compatibility-" + compatibility.name().toLowerCase(Locale.ROOT));
        badge.setTooltip(new Tooltip(explain(compatibility)));
        return badge;
    }

    static String explain(Compatibility compatibility) {
        return switch (compatibility) {
            case FULL -> "Consumers of either version read events of the other.";
            case BACKWARD -> "Consumers of the newer version read older events; consumers of the older version may not read newer ones.";
            case FORWARD -> "Consumers of the older version read newer events; the newer version's consumers cannot read older events.";
            case BREAKING -> "Consumers break: publish it as a new major version and run both while consumers move.";
        };
    }

    private Optional<String> selectedVersion() {
        VersionsViewModel.VersionRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? Optional.empty() : Optional.of(row.version().version());
    }

    private void selectVersion(String version) {
        for (VersionsViewModel.VersionRow row : table.getItems()) {
            if (row.version().version().equals(version)) {
                table.getSelectionModel().select(row);
                return;
            }
        }
    }

    private void selectShownEvent() {
        StickyId id = model.shownProperty().get();
        VersionsViewModel.EventRow selected = events.getSelectionModel().getSelectedItem();
        if (id == null) {
            events.getSelectionModel().clearSelection();
            return;
        }
        if (selected == null || !selected.id().equals(id)) {
            events.getItems().stream().filter(row -> row.id().equals(id)).findFirst().ifPresent(row -> {
                events.getSelectionModel().select(row);
                events.scrollTo(row);
            });
        }
    }

    private void show() {
        selectShownEvent();
        heading.setText(model.shownEvent().map(event -> "\u2014  " + event.name() + event.eventType().map(type -> "  (" + type + ")").orElse("")).orElse(""));
        String chosen = selectedVersion().orElse(null);
        List<String> names = model.versions().stream().map(row -> row.version().version()).toList();
        if (chosen != null && names.contains(chosen)) {
            selectVersion(chosen);
        } else if (!names.isEmpty()) {
            selectVersion(names.get(names.size() - 1));
        }
        String fromWas = from.getValue();
        String toWas = to.getValue();
        from.getItems().setAll(names);
        to.getItems().setAll(names);
        from.setValue(names.contains(fromWas) ? fromWas : names.size() >= 2 ? names.get(names.size() - 2) : names.isEmpty() ? null : names.get(0));
        to.setValue(names.contains(toWas) ? toWas : names.isEmpty() ? null : names.get(names.size() - 1));
        showFields();
        showDiff();
    }

    /** The chosen version's fields, editable; rebuilt only when another version or other fields are shown. */
    private void showFields() {
        Optional<String> version = selectedVersion();
        Optional<EventVersion> shown = version.flatMap(name -> model.shownEvent().flatMap(event -> EventVersions.find(event, name)));
        String key = shown.map(found -> model.shownProperty().get() + "/" + found.version() + "/" + found.schema()).orElse(null);
        if (Objects.equals(key, shownFields)) {
            return;
        }
        shownFields = key;
        fields.getChildren().clear();
        if (shown.isEmpty()) {
            return;
        }
        Label title = new Label("Fields of " + shown.get().version());
        title.getStyleClass().add("field-label");
        String name = shown.get().version();
        StickyId event = model.shownProperty().get();
        var editor = SchemaEditor.of("versions-fields", shown.get().schema(), schema -> {
            shownFields = event + "/" + name + "/" + schema;
            model.setSchema(name, schema);
        });
        VBox.setVgrow(editor, Priority.ALWAYS);
        fields.getChildren().addAll(title, editor);
    }

    private void showDiff() {
        Optional<VersionDiff> diff = from.getValue() == null || to.getValue() == null ? Optional.empty() : model.diff(from.getValue(), to.getValue());
        if (diff.isEmpty()) {
            compatibility.setText("");
            compatibility.getStyleClass().removeIf(style -> style.startsWith("compatibility"));
            compatibilityText.setText("");
            changes.getItems().clear();
            return;
        }
        Compatibility level = diff.get().compatibility();
        compatibility.setText(level.name());
        compatibility.getStyleClass().removeIf(style -> style.startsWith("compatibility"));
        compatibility.getStyleClass().addAll("compatibility", "compatibility-" + level.name().toLowerCase(Locale.ROOT));
        compatibilityText.setText(explain(level));
        changes.getItems().setAll(diff.get().changes().isEmpty() ? List.of("The two versions carry the same fields.")
                : diff.get().changes().stream().map(SchemaChange::describe).toList());
    }
}
