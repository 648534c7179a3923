package org.eventstorm.model.validate.rules.saga;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaNames;
import org.eventstorm.model.saga.SagaStep;
import org.eventstorm.model.sticky.Aggregate;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.Spelling;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.DefinitionRule;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;
import org.eventstorm.model.validate.rules.DescribedRule;

/**
 * What a saga names must be on the board: its trigger event, each step's command and compensation (in the DSL's
 * {@code ReserveInventory} form or as the sticky is named), each step's service (a bounded context's, a command's or an
 * aggregate's), and the steps it depends on; and no two steps share an id.
 */
public final class SagaUnknownReferenceRule extends DescribedRule implements DefinitionRule {
    public SagaUnknownReferenceRule() {
        super("saga-unknown-reference", "Saga names something not on the board", Severity.ERROR, DefinitionKind.SAGA, Level.DESIGN);
    }

    @Override
    public List<Finding> check(DefinitionId id, Definition definition, ValidationContext context) {
        Saga saga = (Saga) definition;
        Board board = context.board();
        List<Finding> findings = new ArrayList<>();
        if (!saga.triggerEvent().isBlank() && board.find(StickyKind.EVENT, SagaNames.key(saga.triggerEvent())).isEmpty()) {
            findings.add(Finding.onDefinition(this, id, "/saga/trigger_event", saga.name() + " starts on '" + saga.triggerEvent()
                    + "', but no domain event of that name is on the board" + hint(saga.triggerEvent(), board, StickyKind.EVENT)));
        }
        Set<String> services = services(board);
        Set<String> stepIds = new HashSet<>();
        for (int i = 0; i < saga.steps().size(); i++) {
            SagaStep step = saga.steps().get(i);
            String at = "/saga/steps/" + i;
            if (!stepIds.add(step.id())) {
                findings.add(Finding.onDefinition(this, id, at + "/id", "Two steps of " + saga.name() + " have the id '" + step.id()
                        + "'; depends_on could not tell them apart, so give this one an id of its own"));
            }
            command(step.command(), "command", at, step, board).ifPresent(message -> findings.add(Finding.onDefinition(this, id, at + "/command", message)));
            if (step.hasCompensation()) {
                command(step.compensation(), "compensation", at, step, board).ifPresent(
                        message -> findings.add(Finding.onDefinition(this, id, at + "/compensation", message)));
            }
            if (!step.service().isBlank() && !services.contains(step.service().strip())) {
                findings.add(Finding.onDefinition(this, id, at + "/service", "Step '" + step.id() + "' is sent to '" + step.service()
                        + "', which no bounded context, command or aggregate on the board names"
                        + Spelling.closest(step.service(), services).map(best -> "; did you mean '" + best + "'?").orElse("")));
            }
        }
        for (int i = 0; i < saga.steps().size(); i++) {
            SagaStep step = saga.steps().get(i);
            for (int j = 0; j < step.dependsOn().size(); j++) {
                String dependency = step.dependsOn().get(j);
                if (!stepIds.contains(dependency)) {
                    findings.add(Finding.onDefinition(this, id, "/saga/steps/" + i + "/depends_on/" + j, "Step '" + step.id()
                            + "' depends on '" + dependency + "', which is not a step of " + saga.name()
                            + Spelling.closest(dependency, stepIds).map(best -> "; did you mean '" + best + "'?").orElse("")));
                }
            }
        }
        return findings;
    }

    private static Optional<String> command(String name, String what, String at, SagaStep step, Board board) {
        if (name.isBlank()) {
            return what.equals("command") ? Optional.of("Step '" + step.id() + "' sends no command; name the command it sends") : Optional.empty();
        }
        if (!board.find(StickyKind.COMMAND, SagaNames.key(name)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Step '" + step.id() + "' names the " + what + " '" + name + "', but no command of that name is on the board"
                + hint(name, board, StickyKind.COMMAND));
    }

    private static String hint(String name, Board board, StickyKind kind) {
        return Spelling.closest(SagaNames.key(name), board.keys(kind)).map(key -> board.find(kind, key).get(0)).map(
                found -> "; did you mean '" + SagaNames.pascal(board.get(found).name()) + "'?").orElse("");
    }

    /** Every service the board names: the bounded contexts' owners and the services of commands and aggregates. */
    private static Set<String> services(Board board) {
        Set<String> services = new LinkedHashSet<>();
        for (BoundedContext context : board.settings().contexts()) {
            if (!context.service().isBlank()) {
                services.add(context.service().strip());
            }
        }
        for (Sticky sticky : board.stickies().values()) {
            if (sticky instanceof Command command) {
                command.service().ifPresent(service -> services.add(service.strip()));
            } else if (sticky instanceof Aggregate aggregate) {
                aggregate.service().ifPresent(service -> services.add(service.strip()));
            }
        }
        return services;
    }
}
