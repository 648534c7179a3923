package org.eventstorm.model.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.StickyId;

/**
 * A new strategy for an event, filled in from its versions so that it validates as it stands (or names what is left to
 * decide): a topic and schema per version, dual publishing to the live ones; the current version canonical, every
 * active one served; contracts checked on publish and breaking the build.
 */
public final class StrategyDrafts {
    private StrategyDrafts() {
    }

    public static VersioningStrategy of(DomainEvent event, StrategyType type) {
        String key = key(event);
        List<EventVersion> versions = EventVersions.of(event);
        return switch (type) {
            case PARALLEL_VERSIONS -> parallel(event, key, versions);
            case SINGLE_WRITER -> new SingleWriter(key, current(event, versions),
                    new TransformationLayer(true, Slug.of(event.name()) + "-transformer", active(versions), Map.of(), Map.of()), List.of(), Map.of());
            case CONSUMER_DRIVEN_CONTRACTS -> new ConsumerDrivenContracts(key, List.of(), new ContractValidation(true, true, Map.of()), Map.of());
        };
    }

    /** Where a new strategy of {@code type} for the event goes: {@code versioning/user-registered-strategy.yml} and the like. */
    public static DefinitionId fileFor(Board board, StickyId event, StrategyType type) {
        String stem = Slug.of(board.get(event).name()) + switch (type) {
            case PARALLEL_VERSIONS -> "-strategy";
            case SINGLE_WRITER -> "-single-writer-strategy";
            case CONSUMER_DRIVEN_CONTRACTS -> "-contracts-strategy";
        };
        return board.newDefinitionId(DefinitionKind.STRATEGY, stem);
    }

    private static ParallelVersions parallel(DomainEvent event, String key, List<EventVersion> versions) {
        List<VersionChannel> channels = new ArrayList<>();
        for (EventVersion version : versions) {
            channels.add(new VersionChannel(version.version(), key + "." + version.version().toLowerCase(Locale.ROOT),
                    "schemas/" + Slug.of(event.name()) + "." + version.version().toLowerCase(Locale.ROOT) + ".avro",
                    version.status(), version.sunsetDate(), Map.of()));
        }
        List<String> live = versions.stream().filter(version -> isLive(version.status())).map(EventVersion::version).toList();
        if (live.isEmpty()) {
            live = List.of(current(event, versions));
        }
        return new ParallelVersions(key, channels, new Publishing(live.size() > 1 ? "dual" : "single", live, Map.of()), Map.of());
    }

    /** {@code users.user.registered}: the event type without its version, else the name in dotted form. */
    static String key(DomainEvent event) {
        return event.eventType().map(type -> type.strip().replaceFirst("\\.[vV]\\d+$", "")).filter(type -> !type.isEmpty()).orElse(
                StrategyEvents.dotted(event.name()));
    }

    private static String current(DomainEvent event, List<EventVersion> versions) {
        return versions.stream().filter(version -> version.status().strip().equalsIgnoreCase("current")).map(EventVersion::version).findFirst().or(
                () -> event.version().filter(written -> versions.stream().anyMatch(version -> version.version().equals(written)))).orElse(
                        versions.get(versions.size() - 1).version());
    }

    private static List<String> active(List<EventVersion> versions) {
        return versions.stream().filter(EventVersions::isActive).map(EventVersion::version).toList();
    }

    private static boolean isLive(String status) {
        String word = status.strip().toLowerCase(Locale.ROOT);
        return word.equals("current") || word.equals("beta");
    }
}
