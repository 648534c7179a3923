package org.eventstorm.model.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.SchemaFields;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.sticky.Versions;
import org.eventstorm.model.versioning.EventVersions;
import org.eventstorm.model.versioning.ParallelVersions;
import org.eventstorm.model.versioning.StrategyEvents;
import org.eventstorm.model.versioning.VersionChannel;
import org.eventstorm.model.versioning.VersionNumber;
import org.eventstorm.model.versioning.VersioningStrategy;

/**
 * The edits of an event's versions panel, each one undo step: a new version, a version deprecated with its sunset date,
 * a version made current, a version's schema changed. An event written with one {@code schema} gets its
 * {@code versions:} list on the first of these; a parallel-versions strategy about the event follows a status change,
 * so the two files do not contradict each other.
 */
public final class VersionEdits {
    private VersionEdits() {
    }

    /** The next version ({@code v3} after {@code v2}), a copy of the newest one's schema, in beta. */
    public static Edit addVersion(Board board, StickyId id) {
        DomainEvent event = event(board, id);
        List<EventVersion> versions = new ArrayList<>(EventVersions.of(event));
        EventVersion newest = versions.get(versions.size() - 1);
        String next = VersionNumber.next(versions.stream().map(EventVersion::version).toList());
        versions.add(new EventVersion(next, "beta", "", newest.schema(), Map.of()));
        List<Edit> edits = listed(event, id, versions);
        return new Batch("Add version " + next + " of " + Stickies.quoted(board, id), edits);
    }

    /** Marks {@code version} deprecated until {@code sunset}, here and in the parallel-versions strategies about the event. */
    public static Edit deprecate(Board board, StickyId id, String version, LocalDate sunset) {
        Objects.requireNonNull(sunset, "sunset");
        DomainEvent event = event(board, id);
        List<EventVersion> versions = new ArrayList<>();
        for (EventVersion candidate : EventVersions.of(event)) {
            versions.add(candidate.version().equals(version)
                    ? new EventVersion(candidate.version(), "deprecated", sunset.toString(), candidate.schema(), candidate.extra()) : candidate);
        }
        require(versions, version, event);
        List<Edit> edits = listed(event, id, versions);
        edits.addAll(channels(board, id, Map.of(version, new Status("deprecated", sunset.toString()))));
        return new Batch("Deprecate " + version + " of " + Stickies.quoted(board, id) + " (sunset " + sunset + ")", edits);
    }

    /**
     * Makes {@code version} the one the producer writes: its status current, the version that was current deprecated,
     * the event's {@code version} and the {@code .vN} of its {@code event_type} following.
     */
    public static Edit makeCurrent(Board board, StickyId id, String version) {
        DomainEvent event = event(board, id);
        List<EventVersion> versions = new ArrayList<>();
        Map<String, Status> changed = new LinkedHashMap<>();
        for (EventVersion candidate : EventVersions.of(event)) {
            if (candidate.version().equals(version)) {
                versions.add(new EventVersion(candidate.version(), "current", "", candidate.schema(), candidate.extra()));
                changed.put(candidate.version(), new Status("current", ""));
            } else if (candidate.status().strip().equalsIgnoreCase("current")) {
                versions.add(new EventVersion(candidate.version(), "deprecated", candidate.sunsetDate(), candidate.schema(), candidate.extra()));
                changed.put(candidate.version(), new Status("deprecated", candidate.sunsetDate()));
            } else {
                versions.add(candidate);
            }
        }
        require(versions, version, event);
        List<Edit> edits = listed(event, id, versions);
        edits.add(new EditField(id, Field.VERSION, Text.of(version)));
        event.eventType().ifPresent(type -> {
            String followed = type.replaceFirst("\\.[vV]\\d+$", "." + version.toLowerCase(Locale.ROOT));
            if (!followed.equals(type) && VersionNumber.major(version).isPresent()) {
                edits.add(new EditField(id, Field.EVENT_TYPE, Text.of(followed)));
            }
        });
        edits.addAll(channels(board, id, changed));
        return new Batch("Make " + version + " of " + Stickies.quoted(board, id) + " current", edits);
    }

    /** Sets the payload fields of one version. */
    public static Edit setSchema(Board board, StickyId id, String version, List<SchemaField> schema) {
        DomainEvent event = event(board, id);
        List<EventVersion> versions = new ArrayList<>();
        for (EventVersion candidate : EventVersions.of(event)) {
            versions.add(candidate.version().equals(version)
                    ? new EventVersion(candidate.version(), candidate.status(), candidate.sunsetDate(), schema, candidate.extra()) : candidate);
        }
        require(versions, version, event);
        return new Batch("Edit the schema of " + version + " of " + Stickies.quoted(board, id), listed(event, id, versions));
    }

    private record Status(String status, String sunsetDate) {
    }

    private static DomainEvent event(Board board, StickyId id) {
        if (!board.contains(id) || !(board.get(id) instanceof DomainEvent event)) {
            throw new EditRefused("Only a domain event has versions");
        }
        return event;
    }

    private static void require(List<EventVersion> versions, String version, DomainEvent event) {
        if (!contains(versions, version)) {
            throw new EditRefused("'" + event.name() + "' has no version " + version);
        }
    }

    private static boolean contains(List<EventVersion> versions, String version) {
        return versions.stream().anyMatch(candidate -> candidate.version().equals(version));
    }

    /**
     * The edits that write {@code versions} as the event's list; an event that had only {@code schema} (and perhaps
     * {@code version}) has its schema moved into the list, so that no field is written twice.
     */
    private static List<Edit> listed(DomainEvent event, StickyId id, List<EventVersion> versions) {
        List<Edit> edits = new ArrayList<>();
        edits.add(new EditField(id, Field.VERSIONS, new Versions(versions)));
        if (event.versions().isEmpty()) {
            if (!event.schema().isEmpty()) {
                edits.add(new EditField(id, Field.SCHEMA, SchemaFields.EMPTY));
            }
            if (event.version().isEmpty()) {
                edits.add(new EditField(id, Field.VERSION, Text.of(EventVersions.of(event).get(0).version())));
            }
        }
        return edits;
    }

    /** The parallel-versions strategies about the event with the channels of the changed versions following. */
    private static List<Edit> channels(Board board, StickyId id, Map<String, Status> changed) {
        List<Edit> edits = new ArrayList<>();
        board.definitions(VersioningStrategy.class).forEach((definition, strategy) -> {
            if (strategy instanceof ParallelVersions parallel && StrategyEvents.find(board, parallel.event()).equals(List.of(id))) {
                List<VersionChannel> channels = new ArrayList<>();
                boolean any = false;
                for (VersionChannel channel : parallel.versions()) {
                    Status status = changed.get(channel.version());
                    if (status != null && (!status.status().equals(channel.status()) || !status.sunsetDate().equals(channel.sunsetDate()))) {
                        channels.add(new VersionChannel(channel.version(), channel.topic(), channel.schema(), status.status(), status.sunsetDate(),
                                channel.extra()));
                        any = true;
                    } else {
                        channels.add(channel);
                    }
                }
                if (any) {
                    edits.add(new PutDefinition(definition, parallel.withVersions(channels)));
                }
            }
        });
        return edits;
    }
}
