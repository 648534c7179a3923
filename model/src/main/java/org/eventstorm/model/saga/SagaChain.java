package org.eventstorm.model.saga;

import java.util.LinkedHashSet;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.link.Reference;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.Policy;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The stickies a saga's chain passes through: its trigger event, each step's command with the policy that issues it
 * and the events it produces, and the compensating commands. Read by name lookups, without resolving the whole
 * board's links, so the canvas can light a chain on every edit of a large board.
 */
public final class SagaChain {
    private SagaChain() {
    }

    public static Set<StickyId> of(Board board, Saga saga) {
        Set<StickyId> chain = new LinkedHashSet<>(board.find(StickyKind.EVENT, SagaNames.key(saga.triggerEvent())));
        Set<String> commandKeys = new LinkedHashSet<>();
        ReferenceResolver resolver = new ReferenceResolver(board);
        for (SagaStep step : saga.steps()) {
            commandKeys.add(SagaNames.key(step.command()));
            for (StickyId command : board.find(StickyKind.COMMAND, SagaNames.key(step.command()))) {
                chain.add(command);
                Sticky sticky = board.get(command);
                for (String written : ((Command) sticky).producesEvents()) {
                    chain.addAll(resolver.resolve(LinkRule.COMMAND_PRODUCES_EVENT, Reference.parse(written)));
                }
            }
            if (step.hasCompensation()) {
                chain.addAll(board.find(StickyKind.COMMAND, SagaNames.key(step.compensation())));
            }
        }
        board.stickies().forEach((id, sticky) -> {
            if (sticky instanceof Policy policy && policy.issuesCommand().map(Reference::parse).map(Reference::key).filter(commandKeys::contains).isPresent()) {
                chain.add(id);
            }
        });
        return chain;
    }
}
