package org.eventstorm.exporters.asyncapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventstorm.exporters.MessageRoutes;
import org.eventstorm.exporters.SafeFileName;
import org.eventstorm.exporters.StickySummary;
import org.eventstorm.exporters.schema.EventEnvelope;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.saga.SagaNames;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.versioning.EventVersions;

/**
 * One AsyncAPI 3.0 document: a service's channels, operations and messages.
 * <ul>
 * <li>A channel per version of each event it sends or receives, at the event's {@code event_type} for that version
 * (else {@code {event}.{version}}), and one per command it handles, at {@code {service}.{command}}.</li>
 * <li>A message per channel: the event's payload schema as {@code payload} ({@link MessagePayloads}), the standard
 * envelope without its {@code data} as {@code headers} ({@link EventEnvelope#headers()}), the sticky's sections as
 * the description.</li>
 * <li>Operations: {@code send-...} for each event the service produces, {@code receive-...} for each command it handles
 * and each event its policies react to.</li>
 * </ul>
 * What AsyncAPI has no word for is kept in {@code x-eventstorm-...} extensions, so an import can give the board back:
 * the board and the bounded context the service serves ({@code info}), the commands and aggregates that produce an event (a send),
 * the policies that react to it and the commands they issue (a receive), the aggregates that handle a command, and a
 * field's type as written on the board where the JSON Schema type does not say it ({@code decimal} is a number).
 */
final class ServiceDocument {
    static final String ASYNCAPI_VERSION = "3.0.0";
    static final String INFO_VERSION = "0.0.1";
    static final String CONTENT_TYPE = "application/json";
    /** An event type that names its version ({@code orders.order.placed.v2}) is the version's channel as it is. */
    private static final Pattern VERSIONED_TYPE = Pattern.compile(".*\\.v[0-9]+");

    private final Board board;
    private final MessageRoutes routes;
    private final Optional<String> service;
    private final Map<String, Object> info = new LinkedHashMap<>();
    private final Map<String, Object> channels = new LinkedHashMap<>();
    private final Map<String, Object> operations = new LinkedHashMap<>();
    private final Map<String, Object> messages = new LinkedHashMap<>();
    private final Map<String, String> channelIds = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    ServiceDocument(Board board, MessageRoutes routes, String service, Optional<BoundedContext> context) {
        this.board = board;
        this.routes = routes;
        this.service = Optional.of(service);
        info.put("title", service);
        info.put("version", INFO_VERSION);
        String title = board.settings().title();
        info.put("description", context.map(owner -> "The " + service + " service of the " + owner.name() + " bounded context of " + title + ".").orElse(
                "The " + service + " service of " + title + ".") + " Its events, commands and who sends and receives them, from the Event Storming board.");
        context.ifPresent(owner -> info.put("x-eventstorm-context", owner.name()));
        info.put("x-eventstorm-board", title);
    }

    private ServiceDocument(Board board, MessageRoutes routes) {
        this.board = board;
        this.routes = routes;
        this.service = Optional.empty();
        info.put("title", board.settings().title());
        info.put("version", INFO_VERSION);
        info.put("description", "The events and commands of " + board.settings().title() + " that no service of the board sends or receives yet.");
        info.put("x-eventstorm-board", board.settings().title());
    }

    /** The document for the board's messages that no service sends or receives. */
    static ServiceDocument unowned(Board board, MessageRoutes routes) {
        return new ServiceDocument(board, routes);
    }

    /** The service produces {@code event}: a send operation on each of its versions' channels. */
    void send(StickyId event) {
        List<Map<String, String>> producers = new ArrayList<>();
        for (StickyId producer : routes.producers(event)) {
            if (routes.serviceOf(producer).equals(service)) {
                producers.add(Map.of(producer.kind().name().toLowerCase(Locale.ROOT), board.get(producer).name()));
            }
        }
        DomainEvent domainEvent = (DomainEvent) board.get(event);
        for (EventVersion version : EventVersions.of(domainEvent)) {
            String channel = eventChannel(event, domainEvent, version);
            Map<String, Object> operation = operation("send", channel,
                    service.orElseThrow() + " publishes " + domainEvent.name() + " " + version.version() + ".");
            if (!producers.isEmpty()) {
                operation.put("x-eventstorm-producers", producers);
            }
            operations.put(operationId("send", channel), operation);
        }
    }

    /** The service handles {@code id} (a command) or reacts to it (an event): a receive operation on its channels. */
    void receive(StickyId id) {
        Sticky sticky = board.get(id);
        if (sticky instanceof DomainEvent event) {
            List<Map<String, Object>> policies = new ArrayList<>();
            for (StickyId policy : routes.policies(id)) {
                List<String> issues = routes.issued(policy).stream().filter(command -> routes.serviceOf(command).equals(service)).map(
                        command -> board.get(command).name()).toList();
                if (!issues.isEmpty()) {
                    Map<String, Object> reaction = new LinkedHashMap<>();
                    reaction.put("policy", board.get(policy).name());
                    reaction.put("issues", issues);
                    policies.add(reaction);
                }
            }
            for (EventVersion version : EventVersions.of(event)) {
                if (!EventVersions.isActive(version)) {
                    continue;
                }
                String channel = eventChannel(id, event, version);
                Map<String, Object> operation = operation("receive", channel,
                        service.orElseThrow() + " reacts to " + event.name() + " " + version.version() + ".");
                operation.put("x-eventstorm-policies", policies);
                operations.put(operationId("receive", channel), operation);
            }
        } else {
            String channel = commandChannel(id);
            Map<String, Object> operation = operation("receive", channel, service.orElseThrow() + " handles " + sticky.name() + ".");
            List<Map<String, String>> handlers = routes.handlers(id).stream().map(aggregate -> Map.of("aggregate", board.get(aggregate).name())).toList();
            if (!handlers.isEmpty()) {
                operation.put("x-eventstorm-handlers", handlers);
            }
            operations.put(operationId("receive", channel), operation);
        }
    }

    /** A message no service sends or receives: its channels and messages only. */
    void channelOnly(StickyId id) {
        if (board.get(id) instanceof DomainEvent event) {
            EventVersions.of(event).forEach(version -> eventChannel(id, event, version));
        } else {
            commandChannel(id);
        }
    }

    private String eventChannel(StickyId id, DomainEvent event, EventVersion version) {
        String key = id + "@" + version.version();
        String existing = channelIds.get(key);
        if (existing != null) {
            return existing;
        }
        List<EventVersion> versions = EventVersions.of(event);
        EventEnvelope envelope = EventEnvelope.of(board.settings().naming().eventTypes(), event, version);
        String channelId = AsyncApiExporter.unique(SafeFileName.of(event.name() + " " + version.version()), taken);
        String versionSlug = SafeFileName.of(version.version());
        String address = envelope.type().map(type -> VERSIONED_TYPE.matcher(type).matches() ? type : type + "." + versionSlug).orElse(
                SafeFileName.of(event.name()) + "." + versionSlug);
        Map<String, Object> message = message(event);
        message.put("headers", envelope.headers());
        message.put("payload", MessagePayloads.of(version.schema(), deprecated(version)));
        if (versions.size() > 1 && !version.status().isBlank()) {
            message.put("tags", List.of(Map.of("name", version.status().strip())));
        }
        channels.put(channelId, channel(address, event.name() + " " + version.version(), StickySummary.of(event), channelId));
        messages.put(channelId, message);
        channelIds.put(key, channelId);
        return channelId;
    }

    private String commandChannel(StickyId id) {
        String key = id.toString();
        String existing = channelIds.get(key);
        if (existing != null) {
            return existing;
        }
        Sticky command = board.get(id);
        String channelId = AsyncApiExporter.unique(SafeFileName.of(command.name()), taken);
        String address = service.map(name -> SafeFileName.of(name) + ".").orElse("") + SafeFileName.of(command.name());
        Map<String, Object> message = message(command);
        message.put("payload", MessagePayloads.command(command));
        message.put("x-eventstorm-kind", "command");
        channels.put(channelId, channel(address, command.name(), StickySummary.of(command), channelId));
        messages.put(channelId, message);
        channelIds.put(key, channelId);
        return channelId;
    }

    private static boolean deprecated(EventVersion version) {
        return version.status().strip().equalsIgnoreCase("deprecated") || !EventVersions.isActive(version);
    }

    private Map<String, Object> message(Sticky sticky) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("name", SagaNames.pascal(sticky.name()).isEmpty() ? SafeFileName.of(sticky.name()) : SagaNames.pascal(sticky.name()));
        message.put("title", sticky.name());
        message.put("summary", StickySummary.of(sticky));
        String description = description(sticky);
        if (!description.isEmpty()) {
            message.put("description", description);
        }
        message.put("contentType", CONTENT_TYPE);
        return message;
    }

    /** The sticky's introduction and written sections, as Markdown (AsyncAPI descriptions are CommonMark). */
    private static String description(Sticky sticky) {
        StringBuilder text = new StringBuilder();
        if (!sticky.intro().isEmpty()) {
            text.append(sticky.intro().source().strip()).append("\n\n");
        }
        for (Field field : sticky.kind().templateSections()) {
            Markdown section = sticky.content().markdown(field);
            if (!section.isEmpty()) {
                text.append("## ").append(field.label()).append("\n\n").append(section.source().strip()).append("\n\n");
            }
        }
        return text.toString().strip();
    }

    private static Map<String, Object> channel(String address, String title, String summary, String messageId) {
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("address", address);
        channel.put("title", title);
        channel.put("summary", summary);
        channel.put("messages", Map.of(messageId, Map.of("$ref", "#/components/messages/" + messageId)));
        return channel;
    }

    private static Map<String, Object> operation(String action, String channel, String summary) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("action", action);
        operation.put("channel", Map.of("$ref", "#/channels/" + channel));
        operation.put("summary", summary);
        operation.put("messages", List.of(Map.of("$ref", "#/channels/" + channel + "/messages/" + channel)));
        return operation;
    }

    private static String operationId(String action, String channel) {
        return action + "-" + channel;
    }

    /** The document as YAML. */
    String yaml() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asyncapi", ASYNCAPI_VERSION);
        document.put("info", info);
        document.put("defaultContentType", CONTENT_TYPE);
        if (!channels.isEmpty()) {
            document.put("channels", channels);
        }
        if (!operations.isEmpty()) {
            document.put("operations", operations);
        }
        if (!messages.isEmpty()) {
            document.put("components", Map.of("messages", messages));
        }
        return AsyncApiYaml.write(document);
    }
}
