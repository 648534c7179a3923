package org.eventstorm.model.versioning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eventstorm.model.sticky.OrderedMaps;

/** Strategy 1: every version on a topic of its own, published side by side during a migration. */
public record ParallelVersions(String event, List<VersionChannel> versions, Publishing publishing, Map<String, Object> extra)
        implements
            VersioningStrategy {
    public ParallelVersions {
        Objects.requireNonNull(event, "event");
        versions = List.copyOf(versions);
        publishing = publishing == null ? Publishing.NONE : publishing;
        extra = OrderedMaps.copyOf(extra);
    }

    @Override
    public StrategyType type() {
        return StrategyType.PARALLEL_VERSIONS;
    }

    @Override
    public ParallelVersions withEvent(String newEvent) {
        return new ParallelVersions(newEvent, versions, publishing, extra);
    }

    public Optional<VersionChannel> version(String version) {
        return versions.stream().filter(channel -> channel.version().equals(version)).findFirst();
    }

    public ParallelVersions withVersions(List<VersionChannel> newVersions) {
        return new ParallelVersions(event, newVersions, publishing, extra);
    }

    public ParallelVersions withPublishing(Publishing newPublishing) {
        return new ParallelVersions(event, versions, newPublishing, extra);
    }
}
