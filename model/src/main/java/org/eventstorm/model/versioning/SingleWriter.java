package org.eventstorm.model.versioning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eventstorm.model.sticky.OrderedMaps;

/** Strategy 2: the producer writes one canonical version; a transformation layer gives each consumer its own. */
public record SingleWriter(String event, String canonicalVersion, TransformationLayer transformationLayer, List<ConsumerVersion> consumers,
        Map<String, Object> extra) implements VersioningStrategy {
    public SingleWriter {
        Objects.requireNonNull(event, "event");
        canonicalVersion = canonicalVersion == null ? "" : canonicalVersion;
        transformationLayer = transformationLayer == null ? TransformationLayer.NONE : transformationLayer;
        consumers = List.copyOf(consumers);
        extra = OrderedMaps.copyOf(extra);
    }

    @Override
    public StrategyType type() {
        return StrategyType.SINGLE_WRITER;
    }

    @Override
    public SingleWriter withEvent(String newEvent) {
        return new SingleWriter(newEvent, canonicalVersion, transformationLayer, consumers, extra);
    }

    public SingleWriter withCanonicalVersion(String version) {
        return new SingleWriter(event, version, transformationLayer, consumers, extra);
    }
}
