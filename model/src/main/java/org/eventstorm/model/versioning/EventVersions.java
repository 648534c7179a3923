package org.eventstorm.model.versioning;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;

/**
 * The versions of an event: those its {@code versions:} lists, oldest first; an event without that list has one
 * version, its payload (its {@code schema}, else its Data Carried) under its {@code version} (v1 when not given).
 */
public final class EventVersions {
    private EventVersions() {
    }

    public static List<EventVersion> of(DomainEvent event) {
        if (!event.versions().isEmpty()) {
            return event.versions();
        }
        String version = event.version().map(written -> written.matches("\\d+") ? "v" + written : written).orElse("v1");
        return List.of(new EventVersion(version, "current", "", event.payload(), Map.of()));
    }

    public static Optional<EventVersion> find(DomainEvent event, String version) {
        String wanted = normal(version);
        return of(event).stream().filter(candidate -> normal(candidate.version()).equals(wanted)).findFirst();
    }

    /** A version is active until it is retired (or sunset): deprecated versions still have consumers. */
    public static boolean isActive(EventVersion version) {
        String status = version.status().strip().toLowerCase(Locale.ROOT);
        return !status.equals("retired") && !status.equals("sunset") && !status.equals("removed");
    }

    /** {@code V2}, {@code v2} and {@code 2} are the same version. */
    static String normal(String version) {
        String text = version.strip().toLowerCase(Locale.ROOT);
        return text.matches("\\d+") ? "v" + text : text;
    }
}
