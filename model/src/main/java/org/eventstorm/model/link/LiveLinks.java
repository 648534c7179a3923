package org.eventstorm.model.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.BoardListener;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * The links of a board kept up to date edit by edit, as {@link BoardLinks#of} would give them after every edit, at the
 * cost of the stickies an edit touched rather than of the whole board: a sticky's links are read again when it
 * changes, and when a sticky whose name it writes appears, goes or is renamed. A board's live views (the canvas's
 * arrows) use it; a one-off reader (an export) uses {@link BoardLinks#of}. Hears the board on the board's thread.
 */
public final class LiveLinks implements BoardListener {
    private final Board board;
    private final ReferenceResolver resolver;
    private final Map<StickyId, List<Link>> from = new HashMap<>();
    /** For each name key a sticky writes in a reference field, the stickies that write it. */
    private final Map<String, Set<StickyId>> writers = new HashMap<>();
    /** The name keys each sticky writes. */
    private final Map<StickyId, Set<String>> written = new HashMap<>();
    private long revision;
    /** The stickies the last change had read again; null after a rebuild (all of them). */
    private Set<StickyId> reread = Set.of();

    public LiveLinks(Board board) {
        this.board = board;
        this.resolver = new ReferenceResolver(board);
        rebuild();
    }

    /** The board's revision this index is up to date with. */
    public long revision() {
        return revision;
    }

    /** Every link, in sticky order then field order, each once: what {@link BoardLinks#of} gives. */
    public List<Link> links() {
        Set<Link> all = new LinkedHashSet<>();
        for (StickyId id : board.ids()) {
            all.addAll(from.getOrDefault(id, List.of()));
        }
        return List.copyOf(all);
    }

    /** The links read from {@code id}'s own fields. */
    public List<Link> linksOf(StickyId id) {
        return from.getOrDefault(id, List.of());
    }

    /**
     * The stickies whose links the last change may have changed (those it touched, and those that write a name it
     * added, removed or renamed); null when it rebuilt everything (a reload).
     */
    public Set<StickyId> lastReread() {
        return reread;
    }

    @Override
    public void boardChanged(BoardChange change) {
        if (change.cause() == BoardChange.Cause.RELOAD) {
            rebuild();
            reread = null;
            return;
        }
        Set<StickyId> reread = new HashSet<>();
        for (Change each : change.changes()) {
            if (each instanceof Change.StickyChange sticky) {
                reread.add(sticky.id());
                // Whoever writes this sticky's old or new name may now name something else.
                for (Sticky version : new Sticky[] {sticky.before(), sticky.after()}) {
                    if (version != null) {
                        reread.addAll(writers.getOrDefault(Slug.of(version.name()), Set.of()));
                    }
                }
            }
        }
        for (StickyId id : reread) {
            read(id);
        }
        this.reread = reread;
        revision = change.revision();
    }

    private void rebuild() {
        from.clear();
        writers.clear();
        written.clear();
        for (StickyId id : board.ids()) {
            read(id);
        }
        revision = board.revision();
    }

    /** Reads {@code id}'s links and the names it writes again, from the board as it is now. */
    private void read(StickyId id) {
        forget(id);
        Sticky sticky = board.sticky(id).orElse(null);
        if (sticky == null) {
            return;
        }
        List<Link> links = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ResolvedReference reference : resolver.referencesOf(id, sticky)) {
            links.addAll(reference.links());
            keys.add(reference.reference().key());
            // "Order Placed (v2)" may name a sticky by its whole text (ReferenceResolver.resolve).
            keys.add(Slug.of(reference.reference().written()));
        }
        keys.addAll(ReferenceResolver.impliedKeys(sticky));
        from.put(id, List.copyOf(new LinkedHashSet<>(links)));
        written.put(id, keys);
        for (String key : keys) {
            writers.computeIfAbsent(key, k -> new HashSet<>()).add(id);
        }
    }

    private void forget(StickyId id) {
        from.remove(id);
        Set<String> keys = written.remove(id);
        if (keys != null) {
            for (String key : keys) {
                Set<StickyId> who = writers.get(key);
                if (who != null) {
                    who.remove(id);
                    if (who.isEmpty()) {
                        writers.remove(key);
                    }
                }
            }
        }
    }
}
