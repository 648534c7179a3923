package org.eventstorm.model.saga;

import java.util.Optional;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.Aggregate;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * Which service handles a command and which owns an event, read from the board the way the EventCatalog export and
 * the saga derivation both need it: the sticky's own {@code service}, else its aggregate's, else its context's.
 */
public final class BoardServices {
    private final Board board;
    private final LinkIndex links;

    public BoardServices(Board board, LinkIndex links) {
        this.board = board;
        this.links = links;
    }

    /** The service that handles {@code command}: its own, the handling aggregate's, or its context's owner. */
    public Optional<String> ofCommand(StickyId command) {
        Sticky sticky = board.sticky(command).orElse(null);
        if (!(sticky instanceof Command handled)) {
            return Optional.empty();
        }
        if (handled.service().isPresent()) {
            return handled.service();
        }
        for (StickyId aggregate : links.targets(LinkRule.COMMAND_HANDLED_BY_AGGREGATE, command)) {
            Optional<String> service = ofAggregate(aggregate);
            if (service.isPresent()) {
                return service;
            }
        }
        return handled.context().flatMap(this::ofContext);
    }

    /** The service that owns {@code event}: the producing command's, the emitting aggregate's, or its context's owner. */
    public Optional<String> ofEvent(StickyId event) {
        for (StickyId command : links.sources(LinkRule.COMMAND_PRODUCES_EVENT, event)) {
            Optional<String> service = ofCommand(command);
            if (service.isPresent()) {
                return service;
            }
        }
        for (StickyId aggregate : links.sources(LinkRule.AGGREGATE_EMITS_EVENT, event)) {
            Optional<String> service = ofAggregate(aggregate);
            if (service.isPresent()) {
                return service;
            }
        }
        return board.sticky(event).map(DomainEvent.class::cast).flatMap(DomainEvent::context).flatMap(this::ofContext);
    }

    private Optional<String> ofAggregate(StickyId id) {
        Aggregate aggregate = (Aggregate) board.get(id);
        return aggregate.service().isPresent() ? aggregate.service() : aggregate.context().flatMap(this::ofContext);
    }

    private Optional<String> ofContext(String name) {
        return board.settings().context(name).map(BoundedContext::service).filter(service -> !service.isBlank());
    }
}
