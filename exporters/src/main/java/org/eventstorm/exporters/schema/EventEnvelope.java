package org.eventstorm.exporters.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventstorm.model.board.Naming.EventTypeStyle;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;

/**
 * The attributes every event carries around its payload, as the guides write them; which set depends on the board's
 * event-type convention. {@code versioned}: the EDA patterns guide's {@code event_id}, {@code event_type},
 * {@code event_version}, {@code timestamp}, {@code source}, {@code correlation_id}, {@code causation_id}, {@code data}
 * and {@code metadata}. {@code cloudevents}: the CloudEvents attributes of the EDA standards ({@code specversion},
 * {@code type}, {@code source}, {@code id}, {@code time}, {@code subject}, {@code datacontenttype}, {@code data}) with
 * the correlation and causation ids under {@code metadata}.
 *
 * @param type    the event's {@code event_type} for this version, when the board gives one: the schema pins it
 * @param version the version the schema is of ("v2")
 */
public record EventEnvelope(EventTypeStyle style, Optional<String> type, String version) {

    /**
     * The envelope of one version of {@code event} on a board following {@code style}: a versioned type names the
     * version it is of ({@code users.user.registered.v2} is v1's {@code users.user.registered.v1}).
     */
    public static EventEnvelope of(EventTypeStyle style, DomainEvent event, EventVersion version) {
        String number = version.version().replaceAll("[^0-9]", "");
        Optional<String> type = event.eventType().map(String::strip).filter(written -> !written.isEmpty()).map(
                written -> style == EventTypeStyle.VERSIONED && !number.isEmpty() ? written.replaceFirst("\\.v[0-9]+$", ".v" + number) : written);
        return new EventEnvelope(style, type, version.version());
    }

    /** The envelope's properties, the payload as {@code data}, in the guides' order. */
    Map<String, Object> properties(Map<String, Object> data) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (style == EventTypeStyle.VERSIONED) {
            properties.put("event_id", text("Unique identifier of this event, for idempotency"));
            properties.put("event_type", pinned(type, "What happened, as {domain}.{entity}.{action}.v{n}"));
            properties.put("event_version", pinned(Optional.of(version), "The version of the payload schema"));
            properties.put("timestamp", timestamp("When it happened (ISO 8601)"));
            properties.put("source", text("The service that published it"));
            properties.put("correlation_id", text("Ties together the events of one flow across services"));
            properties.put("causation_id", text("The event or command that caused this one"));
            properties.put("data", data);
            properties.put("metadata", object("Context beyond the payload (user, tenant ...)", Map.of()));
        } else {
            Map<String, Object> specVersion = new LinkedHashMap<>();
            specVersion.put("type", "string");
            specVersion.put("enum", List.of("1.0"));
            properties.put("specversion", specVersion);
            properties.put("type", pinned(type, "What happened, as {domain}.{aggregate}.{Event}"));
            Map<String, Object> source = text("The system that published it");
            source.put("format", "uri-reference");
            properties.put("source", source);
            properties.put("id", text("Unique identifier of this event"));
            properties.put("time", timestamp("When it happened (RFC 3339)"));
            properties.put("subject", text("What the event is about"));
            Map<String, Object> contentType = text("How data is encoded");
            contentType.put("default", "application/json");
            properties.put("datacontenttype", contentType);
            properties.put("data", data);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("correlationId", text("Ties together the events of one flow"));
            metadata.put("causationId", text("The event or command that caused this one"));
            metadata.put("version", pinned(Optional.of(version), "The version of the payload schema"));
            metadata.put("traceId", text("The distributed trace it belongs to"));
            properties.put("metadata", object("Tracing and versioning", metadata));
        }
        return properties;
    }

    /**
     * The envelope without its payload, as an object schema: the headers of a message whose payload is the event's
     * data alone (AsyncAPI).
     */
    public Map<String, Object> headers() {
        Map<String, Object> properties = properties(Map.of());
        properties.remove("data");
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("type", "object");
        headers.put("properties", properties);
        headers.put("required", required().stream().filter(name -> !name.equals("data")).toList());
        return headers;
    }

    /** The attributes a valid event must have. */
    List<String> required() {
        return style == EventTypeStyle.VERSIONED
                ? List.of("event_id", "event_type", "event_version", "timestamp", "source", "correlation_id", "data")
                : List.of("specversion", "type", "source", "id", "time", "data");
    }

    private static Map<String, Object> text(String description) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("type", "string");
        property.put("description", description);
        return property;
    }

    private static Map<String, Object> timestamp(String description) {
        Map<String, Object> property = text(description);
        property.put("format", "date-time");
        return property;
    }

    private static Map<String, Object> pinned(Optional<String> value, String description) {
        Map<String, Object> property = text(description);
        value.ifPresent(fixed -> property.put("const", fixed));
        return property;
    }

    private static Map<String, Object> object(String description, Map<String, Object> properties) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("type", "object");
        property.put("description", description);
        if (!properties.isEmpty()) {
            property.put("properties", properties);
        }
        return property;
    }
}
