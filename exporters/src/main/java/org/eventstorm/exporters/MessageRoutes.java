package org.eventstorm.exporters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.Aggregate;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Which service sends and which receives each event and command of a board, as the formats that describe services
 * (EventCatalog, AsyncAPI) both read it. The services are those the bounded contexts name, in the board's order, then
 * those commands and aggregates name. A service sends the events its commands and aggregates produce; it receives the
 * commands it handles and the events whose policies issue one of its commands. A command or aggregate belongs to the
 * service it names, else to its bounded context's (the one it names, else the lane it stands in).
 */
public final class MessageRoutes {
    private final Board board;
    private final LinkIndex links;
    private final Map<String, Optional<BoundedContext>> services = new LinkedHashMap<>();
    private final Map<String, Set<StickyId>> sends = new LinkedHashMap<>();
    private final Map<String, Set<StickyId>> receives = new LinkedHashMap<>();

    public MessageRoutes(Board board, LinkIndex links) {
        this.board = board;
        this.links = links;
        for (BoundedContext context : board.settings().contexts()) {
            if (!context.service().isBlank()) {
                services.putIfAbsent(context.service(), Optional.of(context));
            }
        }
        for (StickyId id : board.ids()) {
            serviceOf(id).ifPresent(name -> services.putIfAbsent(name, contextOf(id)));
        }
        for (StickyId id : board.ids()) {
            if (id.kind() == StickyKind.EVENT) {
                for (StickyId producer : producers(id)) {
                    serviceOf(producer).ifPresent(name -> add(sends, name, id));
                }
                for (StickyId policy : policies(id)) {
                    for (StickyId command : links.targets(LinkRule.POLICY_ISSUES_COMMAND, policy)) {
                        serviceOf(command).ifPresent(name -> add(receives, name, id));
                    }
                }
            } else if (id.kind() == StickyKind.COMMAND) {
                serviceOf(id).ifPresent(name -> add(receives, name, id));
            }
        }
    }

    private static void add(Map<String, Set<StickyId>> routes, String service, StickyId message) {
        routes.computeIfAbsent(service, key -> new LinkedHashSet<>()).add(message);
    }

    /** Every service by name, with the bounded context it serves when it has one, in board order. */
    public Map<String, Optional<BoundedContext>> services() {
        return Collections.unmodifiableMap(services);
    }

    /** The events {@code service} sends, in board order. */
    public Set<StickyId> sends(String service) {
        return Collections.unmodifiableSet(sends.getOrDefault(service, Set.of()));
    }

    /** The commands and events {@code service} receives, in board order. */
    public Set<StickyId> receives(String service) {
        return Collections.unmodifiableSet(receives.getOrDefault(service, Set.of()));
    }

    /** The commands and aggregates that produce {@code event}. */
    public List<StickyId> producers(StickyId event) {
        List<StickyId> producers = new ArrayList<>(links.sources(LinkRule.COMMAND_PRODUCES_EVENT, event));
        producers.addAll(links.sources(LinkRule.AGGREGATE_EMITS_EVENT, event));
        return producers;
    }

    /** The policies {@code event} triggers. */
    public List<StickyId> policies(StickyId event) {
        return links.targets(LinkRule.EVENT_TRIGGERS_POLICY, event);
    }

    /** The commands {@code policy} issues. */
    public List<StickyId> issued(StickyId policy) {
        return links.targets(LinkRule.POLICY_ISSUES_COMMAND, policy);
    }

    /** The aggregates that handle {@code command}. */
    public List<StickyId> handlers(StickyId command) {
        return links.targets(LinkRule.COMMAND_HANDLED_BY_AGGREGATE, command);
    }

    /** The service a command or aggregate names, else the one of its bounded context; empty for other stickies. */
    public Optional<String> serviceOf(StickyId id) {
        Sticky sticky = board.get(id);
        Optional<String> own;
        if (sticky instanceof Command command) {
            own = command.service();
        } else if (sticky instanceof Aggregate aggregate) {
            own = aggregate.service();
        } else {
            return Optional.empty();
        }
        return own.filter(name -> !name.isBlank()).or(() -> contextOf(id).map(BoundedContext::service).filter(name -> !name.isBlank()));
    }

    /** The bounded context a sticky names, else the lane it stands in. */
    public Optional<BoundedContext> contextOf(StickyId id) {
        BoardSettings settings = board.settings();
        Optional<BoundedContext> named = board.get(id).content().text(Field.CONTEXT).flatMap(settings::context);
        return named.or(() -> board.geometry(id).flatMap(place -> settings.contextAtY(place.centerY())));
    }
}
