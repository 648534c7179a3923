package org.eventstorm.model.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eventstorm.model.board.NameLookup;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * One Event Storming session: its settings, its stickies by id, and where each sits on the canvas. The one
 * mutable object of the model; every change goes through {@link #apply(Edit)}, {@link #undo()} or
 * {@link #redo()}, and listeners hear of each. Not thread-safe: the app uses it from the FX thread.
 */
public final class Board implements NameLookup {
    private BoardSettings settings;
    private final TreeMap<StickyId, Sticky> stickies = new TreeMap<>();
    private final Map<StickyId, Geometry> geometry = new HashMap<>();
    private final TreeMap<DefinitionId, Definition> definitions = new TreeMap<>();
    private final NameIndex names = new NameIndex();
    private final Set<StickyId> reserved = new HashSet<>();
    private final Set<DefinitionId> reservedDefinitions = new HashSet<>();
    private final UndoHistory history = new UndoHistory();
    private final Map<Hearing, List<BoardListener>> listeners = new EnumMap<>(Hearing.class);
    private Consumer<RuntimeException> failureHandler;
    private long revision;
    private boolean busy;

    private Board(BoardSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        for (Hearing turn : Hearing.values()) {
            listeners.put(turn, new CopyOnWriteArrayList<>());
        }
    }

    public static Board empty(BoardSettings settings) {
        return new Board(settings);
    }

    /** A board holding these stickies and places; a place for an unknown id is refused. */
    public static Board of(BoardSettings settings, Map<StickyId, ? extends Sticky> stickies, Map<StickyId, Geometry> geometry) {
        return of(settings, stickies, geometry, Map.of());
    }

    /** A board holding these stickies, places, sagas and strategies. */
    public static Board of(BoardSettings settings, Map<StickyId, ? extends Sticky> stickies, Map<StickyId, Geometry> geometry,
            Map<DefinitionId, ? extends Definition> definitions) {
        Board board = new Board(settings);
        definitions.forEach((id, definition) -> {
            if (definition.kind() != id.kind()) {
                throw new IllegalArgumentException(id + " cannot hold a " + definition.kind().title().toLowerCase());
            }
            board.definitions.put(id, definition);
        });
        stickies.forEach((id, sticky) -> board.putSticky(id, sticky));
        geometry.forEach((id, place) -> {
            if (!board.stickies.containsKey(id)) {
                throw new IllegalArgumentException("geometry for " + id + ", which is not on the board");
            }
            board.geometry.put(id, place);
        });
        return board;
    }

    // ---- reading -------------------------------------------------------------------------------------

    public BoardSettings settings() {
        return settings;
    }

    public Optional<Sticky> sticky(StickyId id) {
        return Optional.ofNullable(stickies.get(id));
    }

    /** The sticky with {@code id}; throws when there is none. */
    public Sticky get(StickyId id) {
        Sticky sticky = stickies.get(id);
        if (sticky == null) {
            throw new IllegalArgumentException(id + " is not on the board");
        }
        return sticky;
    }

    public boolean contains(StickyId id) {
        return stickies.containsKey(id);
    }

    public int size() {
        return stickies.size();
    }

    /** Every sticky by id, in id order (kind, then file name). A live, unmodifiable view. */
    public Map<StickyId, Sticky> stickies() {
        return Collections.unmodifiableSortedMap(stickies);
    }

    /** The ids in id order. */
    public Collection<StickyId> ids() {
        return Collections.unmodifiableSet(stickies.keySet());
    }

    public Optional<Geometry> geometry(StickyId id) {
        return Optional.ofNullable(geometry.get(id));
    }

    /** Every sticky's place. A live, unmodifiable view. */
    public Map<StickyId, Geometry> geometries() {
        return Collections.unmodifiableMap(geometry);
    }

    @Override
    public List<StickyId> find(StickyKind kind, String key) {
        return names.find(kind, key);
    }

    /** The name keys (slugs) in use by stickies of {@code kind}: for "did you mean" suggestions. */
    public Set<String> keys(StickyKind kind) {
        return names.keys(kind);
    }

    /** The stickies of {@code kind} with this name (compared as slugs, so case and spacing do not matter). */
    public List<StickyId> named(StickyKind kind, String name) {
        return find(kind, Slug.of(name));
    }

    /**
     * A free id for a new sticky of {@code kind} called {@code name}: its slug, or the slug with {@code -2},
     * {@code -3} ... when taken by another sticky or by a file the board could not read.
     */
    public StickyId newId(StickyKind kind, String name) {
        String slug = Slug.of(name);
        StickyId id = StickyId.of(kind, slug);
        for (int n = 2; isTaken(id); n++) {
            id = StickyId.of(kind, slug + "-" + n);
        }
        return id;
    }

    /** True when {@code id} is used by a sticky or held by a file the board could not read. */
    public boolean isTaken(StickyId id) {
        return stickies.containsKey(id) || reserved.contains(id);
    }

    /** Holds {@code id} for a file that exists but could not be read, so that no new sticky overwrites it. */
    public void reserve(StickyId id) {
        reserved.add(id);
    }

    public Set<StickyId> reservedIds() {
        return Collections.unmodifiableSet(reserved);
    }

    /** The board's sagas and versioning strategies, by file. A live, unmodifiable view. */
    public Map<DefinitionId, Definition> definitions() {
        return Collections.unmodifiableSortedMap(definitions);
    }

    public Optional<Definition> definition(DefinitionId id) {
        return Optional.ofNullable(definitions.get(id));
    }

    /** The definitions of one type ({@code Saga.class}), by file, in file order. */
    public <T extends Definition> Map<DefinitionId, T> definitions(Class<T> type) {
        Map<DefinitionId, T> found = new TreeMap<>();
        definitions.forEach((id, definition) -> {
            if (type.isInstance(definition)) {
                found.put(id, type.cast(definition));
            }
        });
        return found;
    }

    /** A free file for a new definition: {@code stem.yml}, or {@code stem-2.yml} ... when taken or held by an unreadable file. */
    public DefinitionId newDefinitionId(DefinitionKind kind, String stem) {
        DefinitionId id = DefinitionId.of(kind, stem);
        for (int n = 2; definitions.containsKey(id) || reservedDefinitions.contains(id)
                || reservedDefinitions.contains(new DefinitionId(kind, id.stem() + ".yaml")); n++) {
            id = DefinitionId.of(kind, stem + "-" + n);
        }
        return id;
    }

    /** True when {@code id} is held by a definition file the board could not read. */
    public boolean isReserved(DefinitionId id) {
        return reservedDefinitions.contains(id);
    }

    /** Holds {@code id} for a definition file that exists but could not be read, so that nothing overwrites it. */
    public void reserve(DefinitionId id) {
        reservedDefinitions.add(id);
    }

    /** An immutable copy of the board's content, for comparing and saving. */
    public BoardSnapshot snapshot() {
        return new BoardSnapshot(settings, stickies, geometry, definitions);
    }

    // ---- editing -------------------------------------------------------------------------------------

    /**
     * Applies {@code edit} as one undo step and tells the listeners. An edit that changes nothing records
     * nothing and tells no one.
     *
     * @return what changed; its {@link BoardChange#changes()} is empty when nothing did
     * @throws EditRefused when the edit cannot be made; the board is then unchanged
     */
    public BoardChange apply(Edit edit) {
        enter();
        String description = edit.description(this);
        EditSession session = new EditSession(this);
        try {
            edit.perform(session);
        } catch (RuntimeException e) {
            session.rollback();
            busy = false;
            throw e;
        }
        List<Change> changes = session.applied();
        busy = false;
        if (changes.isEmpty()) {
            return new BoardChange(revision, BoardChange.Cause.EDIT, description, List.of());
        }
        history.record(new UndoHistory.Step(description, changes));
        return publish(BoardChange.Cause.EDIT, description, changes);
    }

    /** Undoes the last edit; false when there is none. */
    public boolean undo() {
        enter();
        Optional<UndoHistory.Step> step = history.popUndo();
        step.ifPresent(s -> {
            List<Change> inverse = new ArrayList<>();
            for (int i = s.changes().size() - 1; i >= 0; i--) {
                Change change = s.changes().get(i).inverse();
                applyChange(change);
                inverse.add(change);
            }
            busy = false;
            publish(BoardChange.Cause.UNDO, s.description(), inverse);
        });
        busy = false;
        return step.isPresent();
    }

    /** Redoes the last undone edit; false when there is none. */
    public boolean redo() {
        enter();
        Optional<UndoHistory.Step> step = history.popRedo();
        step.ifPresent(s -> {
            s.changes().forEach(this::applyChange);
            busy = false;
            publish(BoardChange.Cause.REDO, s.description(), s.changes());
        });
        busy = false;
        return step.isPresent();
    }

    public boolean canUndo() {
        return history.nextUndo().isPresent();
    }

    public boolean canRedo() {
        return history.nextRedo().isPresent();
    }

    /** What Undo would undo ("Move 'Order Placed'"). */
    public Optional<String> undoDescription() {
        return history.nextUndo();
    }

    public Optional<String> redoDescription() {
        return history.nextRedo();
    }

    /**
     * Replaces the board's content with {@code snapshot} (a reload from disk) as one step that cannot be
     * undone; the history is cleared, since its steps no longer apply.
     */
    public BoardChange replaceAll(BoardSnapshot snapshot, String description) {
        enter();
        List<Change> changes = SnapshotDiff.between(snapshot(), snapshot);
        changes.forEach(this::applyChange);
        history.clear();
        busy = false;
        return publish(BoardChange.Cause.RELOAD, description, changes);
    }

    public long revision() {
        return revision;
    }

    /** Adds a listener that hears of every change after the validator and the document ({@link Hearing#FOLLOWERS}). */
    public AutoCloseable addListener(BoardListener listener) {
        return addListener(Hearing.FOLLOWERS, listener);
    }

    /** Adds a listener in its turn ({@link Hearing}); close the returned handle to remove it. */
    public AutoCloseable addListener(Hearing turn, BoardListener listener) {
        List<BoardListener> inTurn = listeners.get(Objects.requireNonNull(turn, "turn"));
        inTurn.add(Objects.requireNonNull(listener, "listener"));
        return () -> inTurn.remove(listener);
    }

    private void enter() {
        if (busy) {
            throw new IllegalStateException("an edit cannot start while another is being applied or announced");
        }
        busy = true;
    }

    /**
     * Who hears of a listener that failed on a change, once every other listener has heard of it: a failing view must
     * not keep autosave or the recovery journal from an edit already made. Without one, the first failure is thrown
     * to the caller, after all listeners ran.
     */
    public void onListenerFailure(Consumer<RuntimeException> handler) {
        this.failureHandler = handler;
    }

    private BoardChange publish(BoardChange.Cause cause, String description, List<Change> changes) {
        revision++;
        BoardChange change = new BoardChange(revision, cause, description, changes);
        List<RuntimeException> failures = new ArrayList<>();
        busy = true;
        try {
            for (Hearing turn : Hearing.values()) {
                for (BoardListener listener : listeners.get(turn)) {
                    try {
                        listener.boardChanged(change);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }
        } finally {
            busy = false;
        }
        if (!failures.isEmpty() && failureHandler == null) {
            RuntimeException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
        failures.forEach(failure -> failureHandler.accept(failure));
        return change;
    }

    /** Gives an unplaced sticky its first place while a board is loaded; not an edit, so not undoable. */
    public void setInitialGeometry(StickyId id, Geometry place) {
        if (!stickies.containsKey(id) || geometry.containsKey(id)) {
            throw new IllegalStateException(id + " is not an unplaced sticky of this board");
        }
        geometry.put(id, place);
    }

    /** Applies one primitive change; its "before" must match the board, or the change is a bug. */
    void applyChange(Change change) {
        if (change instanceof Change.StickyChange c) {
            Sticky current = stickies.get(c.id());
            if (!Objects.equals(current, c.before())) {
                throw new IllegalStateException(c.id() + " is not as the change expects");
            }
            if (c.after() == null) {
                if (geometry.containsKey(c.id())) {
                    throw new IllegalStateException(c.id() + " still has a place; clear it first");
                }
                removeSticky(c.id(), current);
            } else {
                if (current != null) {
                    removeSticky(c.id(), current);
                }
                putSticky(c.id(), c.after());
            }
        } else if (change instanceof Change.GeometryChange c) {
            if (!Objects.equals(geometry.get(c.id()), c.before())) {
                throw new IllegalStateException("the place of " + c.id() + " is not as the change expects");
            }
            if (c.after() == null) {
                geometry.remove(c.id());
            } else {
                if (!stickies.containsKey(c.id())) {
                    throw new IllegalStateException(c.id() + " has no sticky to place");
                }
                geometry.put(c.id(), c.after());
            }
        } else if (change instanceof Change.DefinitionChange c) {
            if (!Objects.equals(definitions.get(c.id()), c.before())) {
                throw new IllegalStateException(c.id() + " is not as the change expects");
            }
            if (c.after() == null) {
                definitions.remove(c.id());
            } else {
                definitions.put(c.id(), c.after());
            }
        } else {
            Change.SettingsChange c = (Change.SettingsChange) change;
            if (!settings.equals(c.before())) {
                throw new IllegalStateException("the board settings are not as the change expects");
            }
            settings = c.after();
        }
    }

    private void putSticky(StickyId id, Sticky sticky) {
        if (id.kind() != sticky.kind()) {
            throw new IllegalArgumentException(id + " cannot hold a " + sticky.kind().title());
        }
        stickies.put(id, sticky);
        names.add(id, sticky.name());
    }

    private void removeSticky(StickyId id, Sticky sticky) {
        stickies.remove(id);
        names.remove(id, sticky.name());
    }
}
