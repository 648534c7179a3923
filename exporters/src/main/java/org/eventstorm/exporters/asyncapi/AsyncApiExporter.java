package org.eventstorm.exporters.asyncapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.MessageRoutes;
import org.eventstorm.exporters.SafeFileName;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * AsyncAPI 3.0: one document per service ({@code asyncapi/order-service.yaml}), with a channel per event and version
 * and per command, a {@code send} operation for each event the service produces and a {@code receive} operation for
 * each command it handles and each event its policies react to (the routes of {@link MessageRoutes}, which the
 * EventCatalog export shares). Events and commands no service sends or receives go into a document named after the
 * board, so every message on the board is in some document. See {@link ServiceDocument} for what each part holds.
 */
public final class AsyncApiExporter implements Exporter {
    static final String FOLDER = "asyncapi/";

    @Override
    public String id() {
        return "asyncapi";
    }

    @Override
    public String title() {
        return "AsyncAPI 3.0 (a document per service)";
    }

    @Override
    public void export(ExportInput input, TargetFolder target) throws IOException {
        Board board = input.board();
        MessageRoutes routes = new MessageRoutes(board, new LinkIndex(input.links()));
        Set<String> fileNames = new HashSet<>();
        Set<StickyId> placed = new HashSet<>();
        Map<String, Set<StickyId>> owned = ownedWithoutProducer(board, routes);
        int documents = 0;
        for (Map.Entry<String, Optional<BoundedContext>> service : routes.services().entrySet()) {
            String name = service.getKey();
            Set<StickyId> sends = new LinkedHashSet<>(routes.sends(name));
            sends.addAll(owned.getOrDefault(name, Set.of()));
            Set<StickyId> receives = routes.receives(name);
            ServiceDocument document = new ServiceDocument(board, routes, name, service.getValue());
            sends.forEach(document::send);
            receives.forEach(document::receive);
            placed.addAll(sends);
            placed.addAll(receives);
            target.write(FOLDER + unique(SafeFileName.of(name), fileNames) + ".yaml", document.yaml());
            documents++;
        }
        List<StickyId> rest = new ArrayList<>();
        for (StickyId id : board.ids()) {
            if ((id.kind() == StickyKind.EVENT || id.kind() == StickyKind.COMMAND) && !placed.contains(id)) {
                rest.add(id);
            }
        }
        if (!rest.isEmpty()) {
            ServiceDocument document = ServiceDocument.unowned(board, routes);
            rest.forEach(document::channelOnly);
            String file = FOLDER + unique(SafeFileName.of(board.settings().title()), fileNames) + ".yaml";
            target.write(file, document.yaml());
            long events = rest.stream().filter(id -> id.kind() == StickyKind.EVENT).count();
            target.note(String.format(Locale.ROOT, "%s and %s that no service sends or receives are in %s, the board's own document",
                    count(events, "event"), count(rest.size() - events, "command"), file));
            documents++;
        }
        if (documents == 0) {
            target.note("no AsyncAPI document: the board has no events or commands");
        }
    }

    /**
     * The events no command or aggregate of any service produces, under the service of the bounded context they stand
     * in: that service publishes them, though the board does not yet say which of its commands does.
     */
    private static Map<String, Set<StickyId>> ownedWithoutProducer(Board board, MessageRoutes routes) {
        Map<String, Set<StickyId>> owned = new LinkedHashMap<>();
        for (StickyId id : board.ids()) {
            if (id.kind() != StickyKind.EVENT || routes.producers(id).stream().anyMatch(producer -> routes.serviceOf(producer).isPresent())) {
                continue;
            }
            routes.contextOf(id).map(BoundedContext::service).filter(service -> !service.isBlank()).ifPresent(
                    service -> owned.computeIfAbsent(service, key -> new LinkedHashSet<>()).add(id));
        }
        return owned;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
