package org.eventstorm.app.versions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.versioning.EventVersions;
import org.eventstorm.model.versioning.StrategyType;
import org.eventstorm.model.versioning.VersioningStrategy;

/**
 * The strategies about the shown event: one chip each (its type, and its findings when it has any), New Strategy of
 * any of the three types, and the chosen one's form with the validator's findings on its file above it.
 */
final class StrategiesPane extends VBox {
    private final VersionsViewModel model;
    private final HBox chips = new HBox(6);
    private final ToggleGroup group = new ToggleGroup();
    private final ObjectProperty<DefinitionId> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final VBox form = new VBox();
    private final ListView<String> findings = new ListView<>();
    private final Label empty = new Label("No strategy for this event yet: New Strategy adds one, filled in from its versions.");
    private Object shownKey;
    private boolean rebuilding;

    StrategiesPane(VersionsViewModel model) {
        this.model = model;
        setId("versions-strategies");
        setSpacing(6);
        setPadding(new Insets(8));
        MenuButton create = new MenuButton("New Strategy");
        create.setId("versions-new-strategy");
        create.disableProperty().bind(model.shownProperty().isNull());
        for (StrategyType type : StrategyType.values()) {
            MenuItem item = new MenuItem(type.title());
            item.setId("versions-new-" + type.word());
            item.setOnAction(event -> model.createStrategy(type).ifPresent(chosen::set));
            create.getItems().add(item);
        }
        Button delete = new Button("Delete");
        delete.setId("versions-delete-strategy");
        delete.setTooltip(new Tooltip("Delete the chosen strategy's file (undo with Ctrl+Z)"));
        delete.disableProperty().bind(chosen.isNull());
        delete.setOnAction(event -> Optional.ofNullable(chosen.get()).ifPresent(model::deleteStrategy));
        chips.setAlignment(Pos.CENTER_LEFT);
        create.setMinWidth(Region.USE_PREF_SIZE);
        delete.setMinWidth(Region.USE_PREF_SIZE);
        // Chips, then the buttons; on a narrow panel the buttons go to the next line rather than out of sight.
        FlowPane bar = new FlowPane(8, 6, chips, create, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        empty.getStyleClass().add("hint");
        empty.setWrapText(true);
        empty.managedProperty().bind(empty.visibleProperty());
        findings.setId("versions-strategy-findings");
        findings.setPrefHeight(56);
        findings.setMinHeight(40);
        findings.managedProperty().bind(findings.visibleProperty());
        findings.setVisible(false);
        form.setId("versions-strategy-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(bar, empty, findings, scroll);
        group.selectedToggleProperty().addListener((observable, before, now) -> {
            if (rebuilding) {
                return;
            }
            if (now != null) {
                chosen.set((DefinitionId) now.getUserData());
            } else if (chosen.get() != null && model.strategies().stream().anyMatch(row -> row.id().equals(chosen.get()))) {
                group.selectToggle(chip(chosen.get())); // a chip is not unchosen by clicking it again
            }
        });
        chosen.addListener((observable, before, now) -> show());
        model.strategies().addListener((ListChangeListener<VersionsViewModel.StrategyRow>) change -> show());
        show();
    }

    /** Chooses the strategy in {@code id}, when it is about the shown event. */
    void choose(DefinitionId id) {
        chosen.set(id);
    }

    ObjectProperty<DefinitionId> chosenProperty() {
        return chosen;
    }

    /** A chip's words: short, since an event has up to one strategy of each type. */
    private static String label(StrategyType type) {
        return switch (type) {
            case PARALLEL_VERSIONS -> "Parallel versions";
            case SINGLE_WRITER -> "Single writer";
            case CONSUMER_DRIVEN_CONTRACTS -> "Contracts";
        };
    }

    private ToggleButton chip(DefinitionId id) {
        return chips.getChildren().stream().map(ToggleButton.class::cast).filter(chip -> id.equals(chip.getUserData())).findFirst().orElse(null);
    }

    private void show() {
        List<VersionsViewModel.StrategyRow> rows = model.strategies();
        DefinitionId wanted = chosen.get() != null && rows.stream().anyMatch(row -> row.id().equals(chosen.get())) ? chosen.get()
                : rows.isEmpty() ? null : rows.get(0).id();
        if (!Objects.equals(wanted, chosen.get())) {
            chosen.set(wanted);
            return; // the listener on chosen shows it
        }
        rebuilding = true;
        group.getToggles().clear();
        chips.getChildren().clear();
        for (VersionsViewModel.StrategyRow row : rows) {
            ToggleButton chip = new ToggleButton(label(row.strategy().type()) + (row.findings() == 0 ? "" : "  \u00B7  " + row.findings()));
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setId("strategy-chip-" + row.id().stem());
            chip.getStyleClass().add("strategy-chip");
            if (row.findings() > 0) {
                chip.getStyleClass().add("has-findings");
            }
            chip.setUserData(row.id());
            chip.setToggleGroup(group);
            chip.setTooltip(new Tooltip(row.id().path() + (row.findings() == 0 ? "" : "\n" + row.findings() + " findings")));
            chips.getChildren().add(chip);
        }
        empty.setVisible(rows.isEmpty());
        ToggleButton selected = chosen.get() == null ? null : chip(chosen.get());
        if (selected != null) {
            group.selectToggle(selected);
        }
        rebuilding = false;
        showForm();
    }

    /** The chosen strategy's form; rebuilt when another strategy is chosen or its file changed from elsewhere. */
    private void showForm() {
        DefinitionId id = chosen.get();
        List<String> lines = id == null ? List.of() : model.findingsOn(id);
        findings.getItems().setAll(lines);
        findings.setVisible(!lines.isEmpty());
        Optional<VersioningStrategy> strategy = id == null ? Optional.empty() : model.strategy(id);
        Object key = strategy.map(found -> (Object) List.of(id, found)).orElse(null);
        if (Objects.equals(key, shownKey)) {
            return;
        }
        shownKey = key;
        form.getChildren().clear();
        if (strategy.isEmpty()) {
            return;
        }
        List<EventVersion> versions = model.shownEvent().map(EventVersions::of).orElse(List.of());
        Label type = new Label(strategy.get().type().title());
        type.getStyleClass().add("panel-title");
        Label file = new Label(id.path());
        file.getStyleClass().add("hint");
        form.getChildren().addAll(new VBox(1, type, file), StrategyForms.of(strategy.get(), versions, change -> model.strategy(id).ifPresent(current -> {
            VersioningStrategy changed = change.apply(current);
            // The form already shows what it commits: it is not rebuilt, and focus stays where the person moved it.
            shownKey = List.of(id, changed);
            model.updateStrategy(id, changed);
        })));
    }
}
