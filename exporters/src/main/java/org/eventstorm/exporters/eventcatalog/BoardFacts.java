package org.eventstorm.exporters.eventcatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventstorm.exporters.MessageRoutes;
import org.eventstorm.exporters.schema.JsonSchemas;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.StickyId;

/**
 * What a catalog page has no field for but a board needs to be given back from the catalog, in the page's front
 * matter under {@code x-eventstorm} (EventCatalog leaves keys it does not know alone): the bounded context, an event
 * version as the board writes it, its {@code event_type}, the stickies that produce it and the policies that react to
 * it, a command's service and the aggregates that handle it, and a field's type as written where the JSON Schema type
 * does not say it ({@code decimal} is a number). The same facts AsyncAPI's {@code x-eventstorm-...} extensions carry.
 */
final class BoardFacts {
    static final String KEY = "x-eventstorm";

    private BoardFacts() {
    }

    static Map<String, Object> ofEvent(Board board, MessageRoutes routes, StickyId id, EventVersion version, boolean newest) {
        DomainEvent event = (DomainEvent) board.get(id);
        Map<String, Object> facts = new LinkedHashMap<>();
        routes.contextOf(id).map(BoundedContext::name).ifPresent(context -> facts.put("context", context));
        facts.put("version", version.version());
        if (!version.status().isBlank()) {
            facts.put("status", version.status().strip());
        }
        if (newest) {
            event.eventType().filter(type -> !type.isBlank()).ifPresent(type -> facts.put("event_type", type.strip()));
        }
        List<Map<String, String>> producers = new ArrayList<>();
        for (StickyId producer : routes.producers(id)) {
            Map<String, String> named = new LinkedHashMap<>();
            named.put(producer.kind().name().toLowerCase(Locale.ROOT), board.get(producer).name());
            routes.contextOf(producer).map(BoundedContext::name).ifPresent(context -> named.put("context", context));
            producers.add(named);
        }
        if (!producers.isEmpty()) {
            facts.put("producers", producers);
        }
        List<Map<String, Object>> policies = new ArrayList<>();
        for (StickyId policy : routes.policies(id)) {
            Map<String, Object> reaction = new LinkedHashMap<>();
            reaction.put("policy", board.get(policy).name());
            reaction.put("issues", routes.issued(policy).stream().map(command -> board.get(command).name()).toList());
            policies.add(reaction);
        }
        if (!policies.isEmpty()) {
            facts.put("policies", policies);
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (SchemaField field : version.schema()) {
            if (!field.name().isBlank() && !JsonSchemas.writtenType(JsonSchemas.type(field.type())).equals(field.type().strip())) {
                types.put(field.name(), field.type().strip());
            }
        }
        if (!types.isEmpty()) {
            facts.put("types", types);
        }
        return facts;
    }

    static Map<String, Object> ofCommand(Board board, MessageRoutes routes, StickyId id) {
        Map<String, Object> facts = new LinkedHashMap<>();
        routes.contextOf(id).map(BoundedContext::name).ifPresent(context -> facts.put("context", context));
        routes.serviceOf(id).ifPresent(service -> facts.put("service", service));
        List<Map<String, String>> handlers = routes.handlers(id).stream().map(aggregate -> Map.of("aggregate", board.get(aggregate).name())).toList();
        if (!handlers.isEmpty()) {
            facts.put("handlers", handlers);
        }
        return facts;
    }
}
