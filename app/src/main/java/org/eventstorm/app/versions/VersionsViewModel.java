package org.eventstorm.app.versions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.document.EditOutcome;
import org.eventstorm.app.document.FindingsTouched;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.edit.PutDefinition;
import org.eventstorm.model.edit.RemoveDefinition;
import org.eventstorm.model.edit.VersionEdits;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.versioning.EventVersions;
import org.eventstorm.model.versioning.StrategyDrafts;
import org.eventstorm.model.versioning.StrategyEvents;
import org.eventstorm.model.versioning.StrategyType;
import org.eventstorm.model.versioning.VersionDiff;
import org.eventstorm.model.versioning.VersioningStrategy;

/**
 * What the versions panel shows and does: the board's events, the one shown (it follows the event selected on the
 * canvas), its versions each against the one before, and the strategies about it. Every action is one edit.
 */
public final class VersionsViewModel {
    /** An event in the panel's list. */
    public record EventRow(StickyId id, String name, int versions, int strategies) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A version in the table, with how it relates to the version before it (none for the first). */
    public record VersionRow(EventVersion version, Optional<VersionDiff> sincePrevious) {
    }

    /** A strategy about the shown event, with the findings on its file. */
    public record StrategyRow(DefinitionId id, VersioningStrategy strategy, int findings) {
        @Override
        public String toString() {
            return strategy.type().word();
        }
    }

    private final BoardDocument document;
    private final CanvasViewModel canvas;
    private final Supplier<LocalDate> today;
    private final ObservableList<EventRow> events = FXCollections.observableArrayList();
    private final ObservableList<VersionRow> versions = FXCollections.observableArrayList();
    private final ObservableList<StrategyRow> strategies = FXCollections.observableArrayList();
    private final ObjectProperty<StickyId> shown = new SimpleObjectProperty<>(this, "shown");

    public VersionsViewModel(BoardDocument document, CanvasViewModel canvas, Supplier<LocalDate> today) {
        this.document = document;
        this.canvas = canvas;
        this.today = today;
        canvas.focusedProperty().addListener((observable, before, now) -> {
            if (now != null && now.kind() == StickyKind.EVENT) {
                shown.set(now);
            }
        });
        shown.addListener((observable, before, now) -> refresh());
        document.addListener(change -> refresh());
        document.findings().addListener((ListChangeListener<Finding>) change -> {
            if (FindingsTouched.of(change).anyOf(DefinitionKind.STRATEGY)) {
                refreshStrategies();
            }
        });
        refresh();
    }

    public ObservableList<EventRow> events() {
        return events;
    }

    public ObservableList<VersionRow> versions() {
        return versions;
    }

    public ObservableList<StrategyRow> strategies() {
        return strategies;
    }

    /** The event the panel shows. */
    public ObjectProperty<StickyId> shownProperty() {
        return shown;
    }

    public Optional<DomainEvent> shownEvent() {
        StickyId id = shown.get();
        return id != null && document.board().contains(id) && document.board().get(id) instanceof DomainEvent event ? Optional.of(event)
                : Optional.empty();
    }

    /** Changes on the board, for views that redraw when anything did. */
    public ReadOnlyLongProperty revisionProperty() {
        return document.revisionProperty();
    }

    public LocalDate today() {
        return today.get();
    }

    /** The date a deprecation offers: six months from today, a common migration window. */
    public LocalDate defaultSunset() {
        return today.get().plusMonths(6);
    }

    /** Adds the next version, a copy of the newest; returns its name. */
    public Optional<String> addVersion() {
        return shownId().flatMap(id -> {
            String before = lastVersion().orElse("");
            if (!apply(() -> VersionEdits.addVersion(document.board(), id)).isApplied()) {
                return Optional.empty();
            }
            String added = lastVersion().orElse(before);
            canvas.notices().info("Added " + added + " of '" + document.board().get(id).name() + "' in beta, a copy of " + before
                    + ": change its fields, then make it current");
            return Optional.of(added);
        });
    }

    public void deprecate(String version, LocalDate sunset) {
        shownId().ifPresent(id -> {
            if (sunset.isBefore(today.get())) {
                canvas.notices().problem("The sunset date " + sunset + " is already past; choose a day after today so consumers have time to move");
                return;
            }
            if (apply(() -> VersionEdits.deprecate(document.board(), id, version, sunset)).isApplied()) {
                canvas.notices().info("Deprecated " + version + " until " + sunset + "; undo with Ctrl+Z");
            }
        });
    }

    public void makeCurrent(String version) {
        shownId().ifPresent(id -> apply(() -> VersionEdits.makeCurrent(document.board(), id, version)));
    }

    public void setSchema(String version, List<SchemaField> schema) {
        shownId().ifPresent(id -> {
            Optional<EventVersion> current = shownEvent().flatMap(event -> EventVersions.find(event, version));
            if (current.isPresent() && !current.get().schema().equals(schema)) {
                apply(() -> VersionEdits.setSchema(document.board(), id, version, schema));
            }
        });
    }

    /** What changed from one version to another, and how compatible that is. */
    public Optional<VersionDiff> diff(String from, String to) {
        Optional<DomainEvent> event = shownEvent();
        if (event.isEmpty()) {
            return Optional.empty();
        }
        Optional<EventVersion> older = EventVersions.find(event.get(), from);
        Optional<EventVersion> newer = EventVersions.find(event.get(), to);
        return older.isPresent() && newer.isPresent() ? Optional.of(VersionDiff.between(older.get(), newer.get())) : Optional.empty();
    }

    /** Adds a strategy of {@code type} for the shown event, filled in from its versions. */
    public Optional<DefinitionId> createStrategy(StrategyType type) {
        Optional<StickyId> id = shownId();
        Optional<DomainEvent> event = shownEvent();
        if (id.isEmpty() || event.isEmpty()) {
            canvas.notices().problem("Choose the event the strategy is about first");
            return Optional.empty();
        }
        DefinitionId file = StrategyDrafts.fileFor(document.board(), id.get(), type);
        if (!canvas.apply(new PutDefinition(file, StrategyDrafts.of(event.get(), type))).isApplied()) {
            return Optional.empty();
        }
        canvas.notices().info("Added the " + type.word() + " strategy " + file.path());
        return Optional.of(file);
    }

    /** Replaces a strategy with its edited form (one undo step); an unchanged one is no edit. */
    public void updateStrategy(DefinitionId id, VersioningStrategy strategy) {
        if (!document.board().definition(id).map(strategy::equals).orElse(false)) {
            canvas.apply(new PutDefinition(id, strategy));
        }
    }

    public void deleteStrategy(DefinitionId id) {
        if (canvas.apply(new RemoveDefinition(id)).isApplied()) {
            canvas.notices().info("Deleted the strategy file " + id.path() + " \u2014 undo with Ctrl+Z");
        }
    }

    public Optional<VersioningStrategy> strategy(DefinitionId id) {
        return document.board().definition(id).filter(VersioningStrategy.class::isInstance).map(VersioningStrategy.class::cast);
    }

    /** The findings on a strategy's file, each with its line, for the panel. */
    public List<String> findingsOn(DefinitionId id) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : document.validator().findingsOn(id)) {
            lines.add(finding.severity().word() + "  " + id.path() + ":" + document.lineOf(id, finding.pointer()) + "  " + finding.message());
        }
        return lines;
    }

    private Optional<StickyId> shownId() {
        return shownEvent().map(event -> shown.get());
    }

    private Optional<String> lastVersion() {
        List<EventVersion> all = shownEvent().map(EventVersions::of).orElse(List.of());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).version());
    }

    /** Builds an edit (which may refuse while being built) and applies it; a refusal is told either way. */
    private EditOutcome apply(Supplier<Edit> edit) {
        try {
            return canvas.apply(edit.get());
        } catch (EditRefused refused) {
            canvas.notices().problem(refused.getMessage());
            return EditOutcome.refused(refused.getMessage());
        }
    }

    private void refresh() {
        List<EventRow> rows = new ArrayList<>();
        Map<StickyId, Integer> strategyCounts = new HashMap<>();
        document.board().definitions(VersioningStrategy.class).forEach((id, strategy) -> {
            for (StickyId event : StrategyEvents.find(document.board(), strategy.event())) {
                strategyCounts.merge(event, 1, Integer::sum);
            }
        });
        document.board().stickies().forEach((id, sticky) -> {
            if (sticky instanceof DomainEvent event) {
                rows.add(new EventRow(id, event.name(), EventVersions.of(event).size(), strategyCounts.getOrDefault(id, 0)));
            }
        });
        rows.sort(
                Comparator.comparing((EventRow row) -> row.versions() < 2 && row.strategies() == 0).thenComparing(row -> row.name().toLowerCase(Locale.ROOT)));
        if (!rows.equals(events)) {
            events.setAll(rows);
        }
        if (shown.get() != null && !document.board().contains(shown.get())) {
            shown.set(null);
        }
        List<VersionRow> versionRows = new ArrayList<>();
        shownEvent().ifPresent(event -> {
            List<EventVersion> all = EventVersions.of(event);
            for (int i = 0; i < all.size(); i++) {
                versionRows.add(new VersionRow(all.get(i), i == 0 ? Optional.empty() : Optional.of(VersionDiff.between(all.get(i - 1), all.get(i)))));
            }
        });
        if (!versionRows.equals(versions)) {
            versions.setAll(versionRows);
        }
        refreshStrategies();
    }

    private void refreshStrategies() {
        List<StrategyRow> rows = new ArrayList<>();
        StickyId id = shown.get();
        if (id != null) {
            document.board().definitions(VersioningStrategy.class).forEach((definition, strategy) -> {
                if (StrategyEvents.find(document.board(), strategy.event()).contains(id)) {
                    rows.add(new StrategyRow(definition, strategy, document.validator().findingsOn(definition).size()));
                }
            });
        }
        if (!rows.equals(strategies)) {
            strategies.setAll(rows);
        }
    }
}
