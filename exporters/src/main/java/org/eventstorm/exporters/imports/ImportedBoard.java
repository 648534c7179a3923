package org.eventstorm.exporters.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.Naming.EventTypeStyle;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.StickyKind;

/**
 * What a document from another tool says about a board, before it meets one: bounded contexts with their services,
 * stickies by kind and name, and the links between them by name. A reader of a format (AsyncAPI, EventCatalog) fills
 * it; {@link BoardImport} merges it into a board as one edit.
 */
public final class ImportedBoard {
    private final Map<String, String> contexts = new LinkedHashMap<>();
    private final Map<String, ImportedSticky> stickies = new LinkedHashMap<>();
    private final Set<ImportedLink> links = new LinkedHashSet<>();
    private EventTypeStyle style;
    private String title;

    /** A bounded context and the service that serves it (blank for none); the first service named for it stays. */
    public void context(String name, String service) {
        contexts.putIfAbsent(name, service == null ? "" : service);
    }

    /** The sticky of {@code kind} named {@code name}, made on first mention; names compare as slugs, as on the board. */
    public ImportedSticky sticky(StickyKind kind, String name) {
        return stickies.computeIfAbsent(key(kind, name), key -> new ImportedSticky(kind, name));
    }

    public Optional<ImportedSticky> find(StickyKind kind, String name) {
        return Optional.ofNullable(stickies.get(key(kind, name)));
    }

    /** An arrow of {@code rule} from the sticky named {@code from} to the one named {@code to}; both are made if new. */
    public void link(LinkRule rule, String from, String to) {
        sticky(rule.from(), from);
        sticky(rule.to().orElseThrow(), to);
        links.add(new ImportedLink(rule, from, to));
    }

    /**
     * A document from elsewhere says a service receives {@code event} but not who reacts to it: a policy of the
     * receiving {@code context} reacting to it ("On Payment Taken in Orders"), for the workshop to name the command.
     */
    public void reaction(String event, String context) {
        String policy = "On " + event + " in " + context;
        sticky(StickyKind.POLICY, policy).context(context);
        link(LinkRule.EVENT_TRIGGERS_POLICY, event, policy);
    }

    /** The event-type convention the documents follow, when they say. */
    public void style(EventTypeStyle eventTypes) {
        if (style == null) {
            style = eventTypes;
        }
    }

    /** The title of the board the documents came from, when they say; the first one said stays. */
    public void title(String boardTitle) {
        if (title == null && boardTitle != null && !boardTitle.isBlank()) {
            title = boardTitle.strip();
        }
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<EventTypeStyle> style() {
        return Optional.ofNullable(style);
    }

    public Map<String, String> contexts() {
        return Collections.unmodifiableMap(contexts);
    }

    public List<ImportedSticky> stickies() {
        return List.copyOf(stickies.values());
    }

    public List<ImportedLink> links() {
        return new ArrayList<>(links);
    }

    public boolean isEmpty() {
        return stickies.isEmpty() && contexts.isEmpty();
    }

    public static String key(StickyKind kind, String name) {
        return kind + "/" + Slug.of(name);
    }

    /** An arrow by the names at its ends. */
    public record ImportedLink(LinkRule rule, String from, String to) {
    }
}
