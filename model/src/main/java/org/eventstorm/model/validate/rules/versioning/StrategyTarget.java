package org.eventstorm.model.validate.rules.versioning;

import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.versioning.EventVersions;
import org.eventstorm.model.versioning.StrategyEvents;
import org.eventstorm.model.versioning.VersioningStrategy;

/** The event a strategy is about, when exactly one on the board matches, and its versions. */
record StrategyTarget(StickyId id, DomainEvent event) {

    static Optional<StrategyTarget> of(Board board, VersioningStrategy strategy) {
        List<StickyId> found = StrategyEvents.find(board, strategy.event());
        return found.size() == 1 ? Optional.of(new StrategyTarget(found.get(0), (DomainEvent) board.get(found.get(0)))) : Optional.empty();
    }

    Optional<EventVersion> version(String version) {
        return EventVersions.find(event, version);
    }

    List<String> versionNames() {
        return EventVersions.of(event).stream().map(EventVersion::version).toList();
    }
}
