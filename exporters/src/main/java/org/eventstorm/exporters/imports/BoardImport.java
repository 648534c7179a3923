package org.eventstorm.exporters.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Swimlane;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.Batch;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.Link;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldValue;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;

/**
 * Merges what documents describe ({@link ImportedBoard}) into a board as one edit. A sticky merges by kind and name:
 * one the board has is kept exactly as it is, and only new ones are added. A link is written into the field of the
 * sticky that records it, so it is added when that sticky is new; a link that would change a sticky a person wrote is
 * reported as skipped. New bounded contexts get lanes below the board's; new stickies are placed to the right of
 * what the board has, in causal order ({@link CausalLayout}).
 */
public final class BoardImport {
    private final Board board;
    private final ImportedBoard imported;
    private final List<String> added = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    /** The edit (empty when there is nothing to add) and what it adds and leaves out, one line each. */
    public record Result(Optional<Edit> edit, List<String> added, List<String> skipped, String summary) {
        public Result {
            added = List.copyOf(added);
            skipped = List.copyOf(skipped);
        }
    }

    private BoardImport(Board board, ImportedBoard imported) {
        this.board = board;
        this.imported = imported;
    }

    /** The edit that adds to {@code board} what {@code imported} has that it lacks; {@code title} names it for undo. */
    public static Result of(Board board, ImportedBoard imported, String title) {
        return new BoardImport(board, imported).merge(title);
    }

    private Result merge(String title) {
        BoardSettings settings = mergeSettings();
        Map<StickyId, Sticky> fresh = new LinkedHashMap<>();
        Map<String, StickyId> ids = new LinkedHashMap<>();
        Set<StickyId> handedOut = new HashSet<>();
        for (ImportedSticky sticky : imported.stickies()) {
            List<StickyId> existing = board.named(sticky.kind(), sticky.name());
            if (!existing.isEmpty()) {
                ids.put(key(sticky.kind(), sticky.name()), existing.get(0));
                if (!sticky.fields().isEmpty() || sticky.kind() == StickyKind.EVENT || sticky.kind() == StickyKind.COMMAND) {
                    skipped.add(what(sticky.kind(), sticky.name()) + ": already on the board (" + existing.get(0).fileName() + "), kept as it is");
                }
                continue;
            }
            StickyId id = freeId(sticky.kind(), sticky.name(), handedOut);
            Sticky made = sticky.toSticky();
            fresh.put(id, made);
            ids.put(key(sticky.kind(), sticky.name()), id);
        }
        Board withNew = withStickies(settings, fresh);
        Set<String> present = new HashSet<>();
        for (Link link : BoardLinks.of(withNew)) {
            present.add(link.rule() + " " + link.from() + " " + link.to());
        }
        for (ImportedBoard.ImportedLink link : imported.links()) {
            StickyId from = ids.get(key(link.rule().from(), link.from()));
            StickyId to = ids.get(key(link.rule().to().orElseThrow(), link.to()));
            if (from == null || to == null || present.contains(link.rule() + " " + from + " " + to)) {
                continue;
            }
            StickyId owner = link.rule().ownerEnd() == LinkRule.End.SOURCE ? from : to;
            String other = link.rule().ownerEnd() == LinkRule.End.SOURCE ? withNew.get(to).name() : withNew.get(from).name();
            Sticky sticky = fresh.get(owner);
            if (sticky == null) {
                skipped.add(String.format(Locale.ROOT, "the link %s %s %s: %s is already on the board and is not changed", withNew.get(from).name(),
                        link.rule().verb(), withNew.get(to).name(), withNew.get(owner).name()));
                continue;
            }
            fresh.put(owner, withReference(sticky, link.rule().field(), other));
            present.add(link.rule() + " " + from + " " + to);
        }
        Map<StickyId, String> contexts = new LinkedHashMap<>();
        for (ImportedSticky sticky : imported.stickies()) {
            StickyId id = ids.get(key(sticky.kind(), sticky.name()));
            if (fresh.containsKey(id)) {
                sticky.context().ifPresent(context -> contexts.put(id, context));
            }
        }
        Map<StickyId, Geometry> places = CausalLayout.place(board, settings, fresh, contexts, ids, imported);
        List<Edit> edits = new ArrayList<>();
        if (!settings.equals(board.settings())) {
            edits.add(new EditSettings(settings));
        }
        for (Map.Entry<StickyId, Sticky> entry : fresh.entrySet()) {
            edits.add(new AddSticky(entry.getKey(), entry.getValue(), places.get(entry.getKey())));
        }
        summarise(fresh);
        return new Result(edits.isEmpty() ? Optional.empty() : Optional.of(new Batch(title, edits)), added, skipped, summary(fresh, settings));
    }

    /** The board's settings with the new bounded contexts (each in a lane below the last) and, on a new board, the documents' event-type convention. */
    private BoardSettings mergeSettings() {
        BoardSettings settings = board.settings();
        List<BoundedContext> contexts = new ArrayList<>(settings.contexts());
        int bottom = contexts.stream().mapToInt(context -> context.swimlane() == null ? 0 : context.swimlane().bottom()).max().orElse(0);
        for (Map.Entry<String, String> context : imported.contexts().entrySet()) {
            Optional<BoundedContext> existing = settings.context(context.getKey());
            if (existing.isPresent()) {
                if (!context.getValue().isBlank() && !existing.get().service().equals(context.getValue())) {
                    skipped.add(
                            "the bounded context " + existing.get().name() + ": kept with its service '" + existing.get().service() + "' (the documents name '"
                                    + context.getValue() + "')");
                }
                continue;
            }
            int height = CausalLayout.LANE_HEIGHT;
            contexts.add(BoundedContext.of(context.getKey(), context.getValue(), new Swimlane(bottom, height)));
            added.add("the bounded context " + context.getKey() + (context.getValue().isBlank() ? "" : " (service " + context.getValue() + ")"));
            bottom += height;
        }
        settings = settings.withContexts(contexts);
        Level needed = imported.stickies().stream().map(sticky -> Level.firstWith(sticky.kind())).max(Comparator.naturalOrder()).orElse(settings.level());
        if (needed.compareTo(settings.level()) > 0) {
            if (board.size() == 0) {
                settings = settings.withLevel(needed);
                added.add("the level " + needed.word() + ", which shows every kind the documents name");
            } else {
                skipped.add("the level " + needed.word() + ": the board stays at " + settings.level().word() + ", where some of what was added is faded");
            }
        }
        if (imported.style().isPresent() && imported.style().get() != settings.naming().eventTypes()) {
            if (board.size() == 0) {
                settings = settings.withNaming(new org.eventstorm.model.board.Naming(settings.naming().language(), imported.style().get()));
                added.add("the event-type convention " + imported.style().get().word());
            } else {
                skipped.add("the event-type convention " + imported.style().get().word() + ": the board keeps " + settings.naming().eventTypes().word());
            }
        }
        return settings;
    }

    /** The board's own choice of id for a new sticky, passing over those this import has already handed out. */
    private StickyId freeId(StickyKind kind, String name, Set<StickyId> handedOut) {
        StickyId id = board.newId(kind, name);
        for (int n = 2; !handedOut.add(id); n++) {
            id = board.newId(kind, name + " " + n);
        }
        return id;
    }

    private Board withStickies(BoardSettings settings, Map<StickyId, Sticky> fresh) {
        var snapshot = board.snapshot();
        Map<StickyId, Sticky> all = new LinkedHashMap<>(snapshot.stickies());
        all.putAll(fresh);
        return Board.of(settings, all, snapshot.geometry());
    }

    /** {@code sticky} naming {@code name} in {@code field}: set when a single name is not yet given, appended to a list. */
    static Sticky withReference(Sticky sticky, Field field, String name) {
        Optional<FieldValue> value = sticky.get(field);
        if (field.shape() == Field.Shape.TEXT) {
            if (value.isEmpty() || value.get().isEmpty()) {
                return sticky.with(field, Text.of(name));
            }
            // A policy issues one command by its field; the others are in its Then section, as the spec's template writes them.
            Markdown then = sticky.get(Field.THEN).map(Markdown.class::cast).orElse(Markdown.EMPTY);
            return sticky.kind().has(Field.THEN) ? sticky.with(Field.THEN, then.isEmpty() ? Markdown.list(name) : then.withItemAppended(name)) : sticky;
        }
        Markdown list = value.map(Markdown.class::cast).orElse(Markdown.EMPTY);
        return sticky.with(field, list.isEmpty() ? Markdown.list(name) : list.withItemAppended(name));
    }

    private void summarise(Map<StickyId, Sticky> fresh) {
        for (Map.Entry<StickyId, Sticky> entry : fresh.entrySet()) {
            added.add(what(entry.getKey().kind(), entry.getValue().name()) + " (" + entry.getKey().fileName() + ")");
        }
    }

    /** "added 10 events, 9 commands and 5 bounded contexts; skipped 2" */
    private String summary(Map<StickyId, Sticky> fresh, BoardSettings settings) {
        Map<StickyKind, Integer> counts = new java.util.EnumMap<>(StickyKind.class);
        fresh.keySet().forEach(id -> counts.merge(id.kind(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> parts.add(count + " " + plural(what(kind, "").strip(), count)));
        int contexts = settings.contexts().size() - board.settings().contexts().size();
        if (contexts > 0) {
            parts.add(contexts + " " + plural("bounded context", contexts));
        }
        String list = parts.isEmpty() ? "nothing" : parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "added " + list + (skipped.isEmpty() ? "" : "; skipped " + skipped.size());
    }

    private static String plural(String noun, int count) {
        if (count == 1) {
            return noun;
        }
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private static String what(StickyKind kind, String name) {
        return kind.title().toLowerCase(Locale.ROOT).replace("domain event", "event") + " " + name;
    }

    private static String key(StickyKind kind, String name) {
        return ImportedBoard.key(kind, name);
    }
}
