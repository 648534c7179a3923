package org.eventstorm.app.saga;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.document.EditOutcome;
import org.eventstorm.app.document.FindingsTouched;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.edit.PutDefinition;
import org.eventstorm.model.edit.RemoveDefinition;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaChain;
import org.eventstorm.model.saga.SagaDerivation;
import org.eventstorm.model.saga.SagaNames;
import org.eventstorm.model.saga.SagaPlan;
import org.eventstorm.model.saga.SagaStateMachine;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.Finding;

/**
 * The board's sagas for the saga panel: the list, the one chosen (its chain lit on the canvas), and the actions on
 * them, each an edit on the document.
 */
public final class SagaViewModel {
    /** A saga in the list, with how many findings the validator has on its file. */
    public record SagaRow(DefinitionId id, Saga saga, int findings) {
        @Override
        public String toString() {
            return saga.name();
        }
    }

    private final BoardDocument document;
    private final CanvasViewModel canvas;
    private final ObservableList<SagaRow> sagas = FXCollections.observableArrayList();
    private final ObjectProperty<DefinitionId> chosen = new SimpleObjectProperty<>(this, "chosen");

    public SagaViewModel(BoardDocument document, CanvasViewModel canvas) {
        this.document = document;
        this.canvas = canvas;
        document.addListener(change -> refresh());
        document.findings().addListener((ListChangeListener<Finding>) change -> {
            if (FindingsTouched.of(change).anyOf(DefinitionKind.SAGA)) {
                refresh();
            }
        });
        chosen.addListener((observable, before, now) -> light());
        refresh();
    }

    public ObservableList<SagaRow> sagas() {
        return sagas;
    }

    /** The saga the panel shows; its chain is lit on the canvas. */
    public ObjectProperty<DefinitionId> chosenProperty() {
        return chosen;
    }

    public Optional<Saga> chosenSaga() {
        return Optional.ofNullable(chosen.get()).flatMap(id -> document.board().definition(id)).map(Saga.class::cast);
    }

    /** Creates a saga from the selected event; says why when the selection is not an event. */
    public Optional<DefinitionId> createFromSelection() {
        StickyId focused = canvas.focusedProperty().get();
        if (focused == null || focused.kind() != StickyKind.EVENT) {
            canvas.notices().problem("Select the domain event that starts the saga first");
            return Optional.empty();
        }
        return createFrom(focused);
    }

    /** Derives the saga that {@code trigger} starts and adds it to the board (one undo step). */
    public Optional<DefinitionId> createFrom(StickyId trigger) {
        SagaDerivation derivation = new SagaDerivation(document.board());
        String name = derivation.defaultName(trigger);
        Saga saga = derivation.derive(trigger, name);
        String event = document.board().get(trigger).name();
        if (saga.steps().isEmpty()) {
            canvas.notices().problem("No policy reacts to '" + event + "', so there is no chain to make a saga of; add a policy whose"
                    + " trigger event is '" + event + "'");
            return Optional.empty();
        }
        DefinitionId id = document.board().newDefinitionId(DefinitionKind.SAGA, Slug.of(SagaNames.words(name)));
        EditOutcome outcome = canvas.apply(new PutDefinition(id, saga));
        if (!outcome.isApplied()) {
            return Optional.empty();
        }
        chosen.set(id);
        canvas.notices().info("Created " + name + " from '" + event + "': " + saga.steps().size() + (saga.steps().size() == 1 ? " step" : " steps")
                + " in " + id.path());
        return Optional.of(id);
    }

    public void delete(DefinitionId id) {
        if (canvas.apply(new RemoveDefinition(id)).isApplied()) {
            canvas.notices().info("Deleted the saga file " + id.path() + " \u2014 undo with Ctrl+Z");
        }
    }

    /** The findings on a saga's file, in order. */
    public List<Finding> findingsOn(DefinitionId id) {
        return document.validator().findingsOn(id);
    }

    /** The line of a finding in the saga's file. */
    public int lineOf(Finding finding) {
        return document.lineOf(finding.definition(), finding.pointer());
    }

    /** The saga's state machine in the feature spec's ASCII form, or why there is none. */
    public String stateMachine(DefinitionId id, Saga saga) {
        try {
            return new SagaStateMachine(SagaPlan.of(saga, id)).ascii();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void refresh() {
        List<SagaRow> rows = new ArrayList<>();
        document.board().definitions(Saga.class).forEach((id, saga) -> rows.add(new SagaRow(id, saga, document.validator().findingsOn(id).size())));
        if (!rows.equals(sagas)) {
            sagas.setAll(rows);
        }
        if (chosen.get() != null && document.board().definition(chosen.get()).isEmpty()) {
            chosen.set(null);
        }
        light();
    }

    /** Lights the chosen saga's chain on the canvas; with none chosen, nothing. */
    private void light() {
        Set<StickyId> chain = chosenSaga().map(saga -> SagaChain.of(document.board(), saga)).orElse(Set.of());
        if (!canvas.highlighted().equals(chain)) {
            canvas.highlighted().clear();
            canvas.highlighted().addAll(chain);
        }
    }
}
