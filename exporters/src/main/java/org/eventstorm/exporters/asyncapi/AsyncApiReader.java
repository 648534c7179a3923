package org.eventstorm.exporters.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventstorm.exporters.imports.ImportProblem;
import org.eventstorm.exporters.schema.JsonSchemas;
import org.eventstorm.exporters.imports.ImportedBoard;
import org.eventstorm.exporters.imports.ImportedSticky;
import org.eventstorm.exporters.imports.LocatedDocument;
import org.eventstorm.exporters.imports.References;
import org.eventstorm.exporters.imports.Sections;
import org.eventstorm.exporters.imports.References.Located;
import org.eventstorm.model.board.Naming.EventTypeStyle;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Reads AsyncAPI 3 documents into what they say about a board ({@link ImportedBoard}): each document with operations
 * is a service, and its bounded context ({@code info.x-eventstorm-context}, else the service's name); a message is an
 * event (a command when {@code x-eventstorm-kind: command}), named by its {@code title}, else its {@code name}, else
 * its key; an event's versions come from its envelope headers ({@code event_version} or CloudEvents'
 * {@code metadata.version}), its fields from its payload's properties. A {@code send} makes the service's context the
 * event's and links the producers {@code x-eventstorm-producers} names; a {@code receive} of an event links the policies
 * {@code x-eventstorm-policies} names (a document without them: a policy of the receiving context reacting to it); a
 * {@code receive} of a command puts it in the service's context with the aggregates {@code x-eventstorm-handlers}
 * names. Sends are read before receives, so an event stands in the context that publishes it.
 */
public final class AsyncApiReader {
    /** Files read per import, and channels per document: far beyond a real system, short of what would hang the app. */
    static final int MAX_FILES = 200;
    static final int MAX_CHANNELS = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ImportedBoard imported = new ImportedBoard();
    private final Map<String, Map<String, EventVersion>> versions = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    /** What was read and what was wrong: an import with any problem changes no board. */
    public record Reading(ImportedBoard board, List<ImportProblem> problems) {
    }

    private AsyncApiReader() {
    }

    /**
     * Reads {@code files} (named in messages by {@code shownAs}); the references of each may reach files inside its
     * own folder and nowhere else.
     */
    public static Reading read(List<Path> files, List<String> shownAs) {
        AsyncApiReader reader = new AsyncApiReader();
        if (files.size() > MAX_FILES) {
            reader.problems.add(new ImportProblem(shownAs.get(MAX_FILES), 0, "is one file too many: an import reads at most " + MAX_FILES + " documents"));
            return new Reading(reader.imported, reader.problems);
        }
        Map<Path, References> byFolder = new LinkedHashMap<>();
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path folder = files.get(i).toAbsolutePath().normalize().getParent();
            References references = byFolder.computeIfAbsent(folder, References::new);
            try {
                services.add(reader.service(LocatedDocument.read(files.get(i), shownAs.get(i)), references));
            } catch (ImportProblem problem) {
                reader.problems.add(problem);
            }
        }
        for (String action : List.of("send", "receive", "")) {
            for (Service service : services) {
                reader.operations(service, service.references(), action);
            }
        }
        reader.finishVersions();
        return new Reading(reader.imported, reader.problems);
    }

    /** One document as a service: its name and context, checked to be AsyncAPI 3. */
    private record Service(LocatedDocument document, String name, String context, References references) {
    }

    private Service service(LocatedDocument document, References references) throws ImportProblem {
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw document.problem("", "is not an AsyncAPI document: it holds a " + kindOf(root) + ", not a mapping with asyncapi:, info: and channels:");
        }
        JsonNode version = root.path("asyncapi");
        if (version.isMissingNode()) {
            throw document.problem("", "has no asyncapi: version; is it an AsyncAPI document? (this reads AsyncAPI 3.0 and 3.1)");
        }
        if (!version.isTextual() || !version.asText().matches("3\\.[01]\\.\\d+")) {
            throw document.problem("/asyncapi", "asyncapi: is " + version.asText() + "; this reads AsyncAPI 3.0 and 3.1 documents"
                    + (version.asText().startsWith("2.") ? " (the AsyncAPI CLI's 'asyncapi convert' turns a 2.x document into 3.0)" : ""));
        }
        JsonNode title = root.at("/info/title");
        if (!title.isTextual() || title.asText().isBlank()) {
            throw document.problem("/info", "info: has no title; AsyncAPI needs one, and it names the service");
        }
        String name = name(document, "/info/title", title.asText());
        JsonNode context = root.at("/info/x-eventstorm-context");
        String contextName = context.isTextual() && !context.asText().isBlank() ? name(document, "/info/x-eventstorm-context", context.asText()) : name;
        JsonNode board = root.at("/info/x-eventstorm-board");
        if (board.isTextual() && !board.asText().isBlank()) {
            imported.title(name(document, "/info/x-eventstorm-board", board.asText()));
        }
        JsonNode channels = root.path("channels");
        if (channels.size() > MAX_CHANNELS) {
            throw document.problem("/channels", String.format("has %,d channels; an import reads at most %,d a document", channels.size(), MAX_CHANNELS));
        }
        if (root.path("operations").size() > 0 || context.isTextual()) {
            imported.context(contextName, name);
        }
        return new Service(document, name, contextName, references);
    }

    /** The operations of one action ({@code send}, {@code receive}); with "" the channels no operation uses. */
    private void operations(Service service, References references, String action) {
        LocatedDocument document = service.document();
        Located root = new Located(document, "", document.root());
        if (action.isEmpty()) {
            Located channels = root.get("channels");
            for (Iterator<String> names = channels.node().fieldNames(); names.hasNext();) {
                String channel = names.next();
                attempt(() -> {
                    Located resolved = references.resolve(channels.get(channel));
                    for (Located message : messagesOf(resolved, references)) {
                        message(service, message, references);
                    }
                });
            }
            return;
        }
        Located operations = root.get("operations");
        for (Iterator<String> names = operations.node().fieldNames(); names.hasNext();) {
            String id = names.next();
            attempt(() -> {
                Located operation = references.resolve(operations.get(id));
                JsonNode verb = operation.node().path("action");
                if ((!verb.isTextual() || !(verb.asText().equals("send") || verb.asText().equals("receive"))) && action.equals("send")) {
                    throw operation.get("action").problem("the operation '" + id + "' has action: " + verb.asText() + "; AsyncAPI 3 knows send and receive");
                }
                if (!verb.asText().equals(action)) {
                    return;
                }
                if (operation.node().path("channel").isMissingNode()) {
                    throw operation.problem("the operation '" + id + "' names no channel: (a $ref to one of #/channels)");
                }
                Located channel = references.resolve(operation.get("channel"));
                List<Located> messages = new ArrayList<>();
                Located listed = operation.get("messages");
                if (listed.node().isArray() && !listed.node().isEmpty()) {
                    for (int i = 0; i < listed.node().size(); i++) {
                        messages.add(references.resolve(listed.get(i)));
                    }
                } else {
                    messages.addAll(messagesOf(channel, references));
                }
                for (Located message : messages) {
                    ImportedSticky sticky = message(service, message, references);
                    if (action.equals("send")) {
                        sent(service, sticky, operation);
                    } else {
                        received(service, sticky, operation);
                    }
                }
            });
        }
    }

    private interface Step {
        void run() throws ImportProblem;
    }

    /** Runs one step, keeping its problem and going on with the next, so one import says everything wrong at once. */
    private void attempt(Step step) {
        try {
            step.run();
        } catch (ImportProblem problem) {
            problems.add(problem);
        }
    }

    private static List<Located> messagesOf(Located channel, References references) throws ImportProblem {
        List<Located> messages = new ArrayList<>();
        Located map = channel.get("messages");
        for (Iterator<String> names = map.node().fieldNames(); names.hasNext();) {
            messages.add(references.resolve(map.get(names.next())));
        }
        return messages;
    }

    private void sent(Service service, ImportedSticky sticky, Located operation) throws ImportProblem {
        if (sticky.kind() != StickyKind.EVENT) {
            return;
        }
        sticky.context(service.context());
        Located producers = operation.get("x-eventstorm-producers");
        for (int i = 0; i < producers.node().size(); i++) {
            Located producer = producers.get(i);
            String command = text(producer, "command");
            String aggregate = text(producer, "aggregate");
            if (command != null) {
                imported.sticky(StickyKind.COMMAND, command).context(service.context());
                imported.link(LinkRule.COMMAND_PRODUCES_EVENT, command, sticky.name());
            } else if (aggregate != null) {
                imported.sticky(StickyKind.AGGREGATE, aggregate).context(service.context());
                imported.link(LinkRule.AGGREGATE_EMITS_EVENT, aggregate, sticky.name());
            } else {
                throw producer.problem("a producer is '- command: Name' or '- aggregate: Name'");
            }
        }
    }

    private void received(Service service, ImportedSticky sticky, Located operation) throws ImportProblem {
        if (sticky.kind() == StickyKind.COMMAND) {
            sticky.context(service.context());
            if (!service.name().equals(imported.contexts().getOrDefault(service.context(), ""))) {
                sticky.text(Field.SERVICE, service.name());
            }
            Located handlers = operation.get("x-eventstorm-handlers");
            for (int i = 0; i < handlers.node().size(); i++) {
                String aggregate = text(handlers.get(i), "aggregate");
                if (aggregate == null) {
                    throw handlers.get(i).problem("a handler is '- aggregate: Name'");
                }
                imported.sticky(StickyKind.AGGREGATE, aggregate).context(service.context());
                imported.link(LinkRule.COMMAND_HANDLED_BY_AGGREGATE, sticky.name(), aggregate);
            }
            return;
        }
        Located policies = operation.get("x-eventstorm-policies");
        if (policies.node().isMissingNode()) {
            imported.reaction(sticky.name(), service.context());
            return;
        }
        for (int i = 0; i < policies.node().size(); i++) {
            Located reaction = policies.get(i);
            String policy = text(reaction, "policy");
            if (policy == null) {
                throw reaction.problem("a reaction is 'policy: Name' with 'issues:' the commands it issues");
            }
            imported.sticky(StickyKind.POLICY, policy).context(service.context());
            imported.link(LinkRule.EVENT_TRIGGERS_POLICY, sticky.name(), policy);
            Located issues = reaction.get("issues");
            for (int j = 0; j < issues.node().size(); j++) {
                String command = issues.node().get(j).isTextual() ? name(issues.document(), issues.get(j).pointer(), issues.node().get(j).asText()) : null;
                if (command == null) {
                    throw issues.get(j).problem("a command a policy issues is named by a text");
                }
                imported.sticky(StickyKind.COMMAND, command).context(service.context());
                imported.link(LinkRule.POLICY_ISSUES_COMMAND, policy, command);
            }
        }
    }

    /** The sticky a message describes, with what the message says of it. */
    private ImportedSticky message(Service service, Located message, References references) throws ImportProblem {
        if (!message.node().isObject()) {
            throw message.problem("a message is a mapping (name:, title:, payload: ...), not a " + kindOf(message.node()));
        }
        String key = message.pointer().substring(message.pointer().lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        String name = message.node().path("title").isTextual() ? name(message.document(), message.pointer() + "/title", message.node().get("title").asText())
                : message.node().path("name").isTextual() ? name(message.document(), message.pointer() + "/name", message.node().get("name").asText())
                : name(message.document(), message.pointer(), key);
        boolean command = "command".equals(message.node().path("x-eventstorm-kind").asText());
        ImportedSticky sticky = imported.sticky(command ? StickyKind.COMMAND : StickyKind.EVENT, name);
        sticky.source(message.document().shownAs() + ":" + message.line());
        Sections.read(sticky, message.node().path("description").asText(""), Set.of());
        if (command) {
            return sticky;
        }
        Located headers = references.resolve(message.get("headers"));
        JsonNode envelope = headers.node().path("properties");
        String version = "v1";
        if (envelope.has("event_id")) {
            imported.style(EventTypeStyle.VERSIONED);
            version = envelope.at("/event_version/const").asText(version);
            sticky.text(Field.EVENT_TYPE, envelope.at("/event_type/const").asText(null));
        } else if (envelope.has("specversion")) {
            imported.style(EventTypeStyle.CLOUDEVENTS);
            version = envelope.at("/metadata/properties/version/const").asText(version);
            sticky.text(Field.EVENT_TYPE, envelope.at("/type/const").asText(null));
        }
        Located payload = references.resolve(message.get("payload"));
        List<SchemaField> fields = fields(payload, references);
        String status = message.node().at("/tags/0/name").asText("");
        Map<String, EventVersion> known = versions.computeIfAbsent(ImportedBoard.key(StickyKind.EVENT, name), k -> new LinkedHashMap<>());
        known.putIfAbsent(version, EventVersion.of(version, status, fields));
        return sticky;
    }

    /** The payload's properties as schema fields; the written type from {@code x-eventstorm-type}, else from the JSON type. */
    private static List<SchemaField> fields(Located payload, References references) throws ImportProblem {
        List<SchemaField> fields = new ArrayList<>();
        Set<String> required = new HashSet<>();
        payload.node().path("required").forEach(name -> required.add(name.asText()));
        Located properties = payload.get("properties");
        for (Iterator<String> names = properties.node().fieldNames(); names.hasNext();) {
            String field = names.next();
            Located property = references.resolve(properties.get(field));
            if (field.isBlank() || field.length() > 200 || field.chars().anyMatch(c -> c < 0x20)) {
                throw property.problem("the field name '" + field.replaceAll("\\p{Cntrl}", "?") + "' is blank, too long or has control characters");
            }
            JsonNode written = property.node().path("x-eventstorm-type");
            String type;
            if (written.isTextual()) {
                type = written.asText();
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> schema = JSON.convertValue(property.node(), Map.class);
                type = schema == null ? "string" : JsonSchemas.writtenType(schema);
            }
            fields.add(new SchemaField(field, type, required.contains(field), property.node().path("description").asText(""), Map.of()));
        }
        return fields;
    }

    /** Each event's versions, as its messages gave them. */
    private void finishVersions() {
        for (ImportedSticky sticky : imported.stickies()) {
            Map<String, EventVersion> known = versions.get(ImportedBoard.key(sticky.kind(), sticky.name()));
            if (sticky.kind() == StickyKind.EVENT && known != null) {
                sticky.versions(known.values());
            }
        }
    }

    private static String text(Located node, String key) throws ImportProblem {
        JsonNode value = node.node().path(key);
        return value.isTextual() ? name(node.document(), node.pointer() + "/" + key, value.asText()) : null;
    }

    /** A name for a sticky or context: one line, not blank, not longer than 200 characters. */
    private static String name(LocatedDocument document, String pointer, String text) throws ImportProblem {
        String name = text.strip();
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw document.problem(pointer, "the name '" + name.replaceAll("\\p{Cntrl}", "?").substring(0, Math.min(name.length(), 60))
                    + "' cannot name a sticky: it must be one line of 1 to 200 characters without control characters");
        }
        return name;
    }

    private static String kindOf(JsonNode node) {
        return node.isArray() ? "list" : node.isTextual() ? "text" : node.isNumber() ? "number"
                : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
