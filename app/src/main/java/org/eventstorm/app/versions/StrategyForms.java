package org.eventstorm.app.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.eventstorm.app.forms.CommaList;
import org.eventstorm.app.forms.CommitOnLeave;
import org.eventstorm.app.forms.RecordTable;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.versioning.ConsumerDrivenContracts;
import org.eventstorm.model.versioning.ConsumerVersion;
import org.eventstorm.model.versioning.Contract;
import org.eventstorm.model.versioning.ContractValidation;
import org.eventstorm.model.versioning.FieldMapping;
import org.eventstorm.model.versioning.ParallelVersions;
import org.eventstorm.model.versioning.Publishing;
import org.eventstorm.model.versioning.SingleWriter;
import org.eventstorm.model.versioning.TransformationLayer;
import org.eventstorm.model.versioning.VersionChannel;
import org.eventstorm.model.versioning.VersioningStrategy;

/**
 * The form for a strategy, one per type of the feature spec: every key of the file as a field or a table, each change
 * handed on as the whole new strategy. Keys the tool does not know stay in the record untouched.
 */
final class StrategyForms {
    private StrategyForms() {
    }

    /** A flat row of the single writer's mappings: the version, its field, the canonical fields it is made of. */
    record MappingRow(String version, String field, String sources) {
    }

    /**
     * @param edit takes a change to apply to the strategy as it is when the change is made (so two changes in a row
     *             both count, though the form is not rebuilt between them)
     */
    static Node of(VersioningStrategy strategy, List<EventVersion> versions, Consumer<UnaryOperator<VersioningStrategy>> edit) {
        if (strategy instanceof ParallelVersions parallel) {
            return parallel(parallel, versions, change -> edit.accept(current -> change.apply((ParallelVersions) current)));
        }
        if (strategy instanceof SingleWriter single) {
            return single(single, versions, change -> edit.accept(current -> change.apply((SingleWriter) current)));
        }
        return contracts((ConsumerDrivenContracts) strategy, versions, change -> edit.accept(current -> change.apply((ConsumerDrivenContracts) current)));
    }

    private static Node parallel(ParallelVersions strategy, List<EventVersion> versions, Consumer<UnaryOperator<ParallelVersions>> edit) {
        RecordTable<VersionChannel> channels = new RecordTable<VersionChannel>("strategy-channels", strategy.versions(),
                rows -> nextChannel(strategy, rows, versions), "Add version", rows -> edit.accept(current -> current.withVersions(rows))).text("Version", 60,
                        VersionChannel::version, (channel, value) -> new VersionChannel(value, channel.topic(), channel.schema(),
                                channel.status(), channel.sunsetDate(), channel.extra()),
                        value -> !value.isEmpty()).text("Topic", 170, VersionChannel::topic,
                                (channel, value) -> new VersionChannel(channel.version(), value, channel.schema(),
                                        channel.status(), channel.sunsetDate(), channel.extra())).text(
                                                "Schema", 170, VersionChannel::schema,
                                                (channel, value) -> new VersionChannel(channel.version(), channel.topic(), value,
                                                        channel.status(), channel.sunsetDate(), channel.extra())).text(
                                                                "Status", 80, VersionChannel::status,
                                                                (channel, value) -> new VersionChannel(channel.version(), channel.topic(),
                                                                        channel.schema(), value, channel.sunsetDate(), channel.extra())).text("Sunset", 90,
                                                                                VersionChannel::sunsetDate,
                                                                                (channel, value) -> new VersionChannel(channel.version(), channel.topic(),
                                                                                        channel.schema(), channel.status(), value, channel.extra()));
        Publishing publishing = strategy.publishing();
        ComboBox<String> mode = choice("strategy-publishing-mode", List.of("dual", "single"), publishing.mode());
        mode.valueProperty().addListener((observable, before, now) -> edit.accept(current -> current.withPublishing(
                new Publishing(now == null ? "" : now, current.publishing().targets(), current.publishing().extra()))));
        var targets = CommitOnLeave.field("strategy-publishing-targets", CommaList.join(publishing.targets()), "v2, v3",
                text -> edit.accept(current -> current.withPublishing(new Publishing(current.publishing().mode(), CommaList.parse(text),
                        current.publishing().extra()))));
        GridPane grid = grid();
        grid.addRow(0, label("Publishing"), mode);
        grid.addRow(1, label("Publish to"), targets);
        return form(section("Versions, each on its own topic"), channels, grid);
    }

    private static Node single(SingleWriter strategy, List<EventVersion> versions, Consumer<UnaryOperator<SingleWriter>> edit) {
        List<String> names = versions.stream().map(EventVersion::version).toList();
        ComboBox<String> canonical = choice("strategy-canonical", names, strategy.canonicalVersion());
        canonical.valueProperty().addListener((observable, before, now) -> edit.accept(current -> current.withCanonicalVersion(now == null ? "" : now)));
        TransformationLayer layer = strategy.transformationLayer();
        CheckBox enabled = new CheckBox("Transformation layer");
        enabled.setId("strategy-layer-enabled");
        enabled.setSelected(Boolean.TRUE.equals(layer.enabled()));
        enabled.selectedProperty().addListener((observable, before, now) -> edit.accept(
                current -> layer(current, old -> new TransformationLayer(now, old.service(), old.supportsVersions(), old.mappings(), old.extra()))));
        var service = CommitOnLeave.field("strategy-layer-service", layer.service(), "user-event-transformer", text -> edit.accept(
                current -> layer(current, old -> new TransformationLayer(old.enabled(), text, old.supportsVersions(), old.mappings(), old.extra()))));
        var supports = CommitOnLeave.field("strategy-layer-versions", CommaList.join(layer.supportsVersions()), "v1, v2, v3",
                text -> edit.accept(current -> layer(current, old -> new TransformationLayer(old.enabled(), old.service(), CommaList.parse(text),
                        old.mappings(), old.extra()))));
        GridPane grid = grid();
        grid.addRow(0, label("Canonical version"), canonical);
        grid.addRow(1, label("Service"), service);
        grid.addRow(2, label("Serves"), supports);
        RecordTable<ConsumerVersion> consumers = new RecordTable<ConsumerVersion>("strategy-consumers", strategy.consumers(),
                rows -> new ConsumerVersion("consumer-" + (rows.size() + 1), strategy.canonicalVersion(), "none", Map.of()), "Add consumer",
                rows -> edit.accept(current -> new SingleWriter(current.event(), current.canonicalVersion(), current.transformationLayer(), rows,
                        current.extra()))).text("Consumer", 150, ConsumerVersion::name,
                                (consumer, value) -> new ConsumerVersion(value, consumer.requestedVersion(),
                                        consumer.transformation(), consumer.extra()),
                                value -> !value.isEmpty()).text("Asks for", 70, ConsumerVersion::requestedVersion,
                                        (consumer, value) -> new ConsumerVersion(consumer.name(), value,
                                                consumer.transformation(), consumer.extra())).text("Transformation", 120, ConsumerVersion::transformation,
                                                        (consumer, value) -> new ConsumerVersion(consumer.name(),
                                                                consumer.requestedVersion(), value, consumer.extra()));
        RecordTable<MappingRow> mappings = new RecordTable<MappingRow>("strategy-mappings", mappingRows(layer),
                rows -> blankMapping(strategy, versions), "Add mapping",
                rows -> edit.accept(current -> layer(current,
                        old -> new TransformationLayer(old.enabled(), old.service(), old.supportsVersions(), mappings(rows), old.extra())))).text("Version", 60,
                                MappingRow::version, (row, value) -> new MappingRow(value, row.field(), row.sources()), value -> !value.isEmpty()).text("Field",
                                        110, MappingRow::field, (row, value) -> new MappingRow(row.version(), value, row.sources()),
                                        value -> !value.isEmpty()).text("Made of (canonical fields)", 170, MappingRow::sources,
                                                (row, value) -> new MappingRow(row.version(), row.field(), value),
                                                value -> !CommaList.parse(value).isEmpty());
        return form(grid, enabled, section("Consumers"), consumers, section("Field mappings (renames and merges)"), mappings);
    }

    private static Node contracts(ConsumerDrivenContracts strategy, List<EventVersion> versions, Consumer<UnaryOperator<ConsumerDrivenContracts>> edit) {
        String newest = versions.isEmpty() ? "v1" : versions.get(versions.size() - 1).version();
        RecordTable<Contract> contracts = new RecordTable<Contract>("strategy-contracts", strategy.contracts(),
                rows -> new Contract("consumer-" + (rows.size() + 1), List.of(), List.of(), newest, Map.of()), "Add contract",
                rows -> edit.accept(current -> new ConsumerDrivenContracts(current.event(), rows, current.contractValidation(), current.extra()))).text(
                        "Consumer", 140, Contract::consumer, (contract, value) -> new Contract(value, contract.requiredFields(), contract.optionalFields(),
                                contract.version(), contract.extra()),
                        value -> !value.isEmpty()).text("Version", 60, Contract::version,
                                (contract, value) -> new Contract(contract.consumer(), contract.requiredFields(),
                                        contract.optionalFields(), value, contract.extra())).text(
                                                "Requires", 200, contract -> CommaList.join(contract.requiredFields()),
                                                (contract, value) -> new Contract(contract.consumer(),
                                                        CommaList.parse(value), contract.optionalFields(), contract.version(), contract.extra())).text(
                                                                "Reads if there", 160, contract -> CommaList.join(contract.optionalFields()),
                                                                (contract, value) -> new Contract(
                                                                        contract.consumer(), contract.requiredFields(), CommaList.parse(value),
                                                                        contract.version(), contract.extra()));
        ContractValidation validation = strategy.contractValidation();
        CheckBox onPublish = new CheckBox("Check contracts on publish");
        onPublish.setId("strategy-on-publish");
        onPublish.setSelected(Boolean.TRUE.equals(validation.onPublish()));
        onPublish.selectedProperty().addListener((observable, before, now) -> edit.accept(current -> current.withContractValidation(
                new ContractValidation(now, current.contractValidation().breakBuildOnViolation(), current.contractValidation().extra()))));
        CheckBox breakBuild = new CheckBox("A violation fails the build (eventstorm validate exits 1)");
        breakBuild.setId("strategy-break-build");
        breakBuild.setSelected(validation.breaksBuild());
        breakBuild.selectedProperty().addListener((observable, before, now) -> edit.accept(current -> current.withContractValidation(
                new ContractValidation(current.contractValidation().onPublish(), now, current.contractValidation().extra()))));
        return form(section("What each consumer needs"), contracts, onPublish, breakBuild);
    }

    private static SingleWriter layer(SingleWriter strategy, UnaryOperator<TransformationLayer> change) {
        return new SingleWriter(strategy.event(), strategy.canonicalVersion(), change.apply(strategy.transformationLayer()), strategy.consumers(),
                strategy.extra());
    }

    private static VersionChannel nextChannel(ParallelVersions strategy, List<VersionChannel> rows, List<EventVersion> versions) {
        String version = versions.stream().map(EventVersion::version).filter(
                name -> rows.stream().noneMatch(row -> row.version().equals(name))).findFirst().orElse("v" + (rows.size() + 1));
        return new VersionChannel(version, strategy.event() + "." + version, "", "beta", "", Map.of());
    }

    static List<MappingRow> mappingRows(TransformationLayer layer) {
        List<MappingRow> rows = new ArrayList<>();
        layer.mappings().forEach((version, list) -> list.forEach(mapping -> rows.add(new MappingRow(version, mapping.target(),
                CommaList.join(mapping.sources())))));
        return rows;
    }

    static Map<String, List<FieldMapping>> mappings(List<MappingRow> rows) {
        Map<String, List<FieldMapping>> mappings = new LinkedHashMap<>();
        for (MappingRow row : rows) {
            List<String> sources = CommaList.parse(row.sources());
            if (!sources.isEmpty()) {
                mappings.computeIfAbsent(row.version(), version -> new ArrayList<>()).add(new FieldMapping(row.field(), sources));
            }
        }
        return mappings;
    }

    /** A mapping to start from: the first required field of an older version the canonical one lacks, made of itself. */
    private static MappingRow blankMapping(SingleWriter strategy, List<EventVersion> versions) {
        EventVersion canonical = versions.stream().filter(version -> version.version().equals(strategy.canonicalVersion())).findFirst().orElse(
                versions.isEmpty() ? null : versions.get(versions.size() - 1));
        for (EventVersion version : versions) {
            if (canonical != null && version != canonical) {
                for (var field : version.schema()) {
                    if (field.required() && canonical.schema().stream().noneMatch(candidate -> candidate.name().equals(field.name()))) {
                        return new MappingRow(version.version(), field.name(), canonical.schema().isEmpty() ? field.name()
                                : canonical.schema().get(0).name());
                    }
                }
            }
        }
        return new MappingRow(versions.isEmpty() ? "v1" : versions.get(0).version(), "field", "field");
    }

    private static ComboBox<String> choice(String id, List<String> options, String value) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(options);
        if (!value.isEmpty() && !box.getItems().contains(value)) {
            box.getItems().add(value);
        }
        box.setValue(value.isEmpty() ? null : value);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        GridPane.setValignment(label, VPos.CENTER);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static VBox form(Node... children) {
        VBox box = new VBox(8, children);
        box.setPadding(new Insets(8, 4, 8, 4));
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
