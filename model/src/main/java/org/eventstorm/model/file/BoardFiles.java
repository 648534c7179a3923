package org.eventstorm.model.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/**
 * The files of one board on disk and what they last held. Saving writes only what changed since: a sticky
 * whose model did not change is not rewritten; one edited field rewrites only its own file (and only its own
 * lines in it); {@code board.yaml} is rewritten only when the settings or geometry changed. Files that could not
 * be read are never written or deleted.
 */
public final class BoardFiles {

    /** A sticky as its file last held it, and how that file was written. */
    record Stored(Sticky sticky, StickySource source) {
    }

    /** A saga or strategy as its file last held it, and that file's text. */
    record StoredDefinition(Definition definition, DefinitionSource source) {
    }

    private static final String NOT_OVER_UNREADABLE = "could not be read, so the edits made to it here are not saved over what"
            + " it holds; fix the file (see its problem) and the board reloads it, then save again";

    private final BoardFolder folder;
    private final Map<StickyId, Stored> stored;
    private final Map<DefinitionId, StoredDefinition> storedDefinitions;
    private final Map<StickyId, Geometry> held;
    private final UnreadableFiles unreadable;
    private final boolean yamlUnreadable;
    private BoardSettings savedSettings;
    private Map<StickyId, Geometry> savedGeometry;
    private YamlDocument yamlSource;
    private final FileFingerprints seen;
    private final Baseline baseline = new Baseline();
    private final UnsavedEdits unsaved = new UnsavedEdits(baseline);

    BoardFiles(BoardFolder folder, Map<StickyId, Stored> stored, Map<DefinitionId, StoredDefinition> definitions,
            Map<StickyId, Geometry> held, BoardSettings savedSettings, Map<StickyId, Geometry> savedGeometry,
            YamlDocument yamlSource, UnreadableFiles unreadable, FileFingerprints seen) {
        this.folder = folder;
        this.seen = seen;
        this.stored = new HashMap<>(stored);
        this.storedDefinitions = new HashMap<>(definitions);
        this.held = Map.copyOf(held);
        this.savedSettings = savedSettings;
        this.savedGeometry = savedGeometry;
        this.yamlSource = yamlSource;
        this.unreadable = unreadable;
        this.yamlUnreadable = unreadable.boardYaml();
    }

    /** The files of a board that has none yet: everything is written on the first save. */
    public static BoardFiles forNewBoard(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new BoardFiles(new BoardFolder(folder), Map.of(), Map.of(), Map.of(), null, null, null, UnreadableFiles.NONE, new FileFingerprints());
    }

    /**
     * Every file of {@code board} as a save into an empty folder would write it, by relative path: stickies read from
     * files keep their text (unknown keys and sections included), new ones are written in canonical form.
     */
    public SortedMap<String, String> contents(Board board) {
        SortedMap<String, String> files = new TreeMap<>();
        board.stickies().forEach((id, sticky) -> {
            Stored previous = stored.get(id);
            files.put(id.fileName(), StickyFileWriter.write(sticky, previous == null ? null : previous.source(), false));
        });
        board.definitions().forEach((id, definition) -> files.put(id.path(), definitionText(board, id, definition)));
        boolean fromSource = !yamlUnreadable && yamlSource != null;
        files.put(BoardYamlParser.FILE, BoardYamlWriter.write(board.settings(), new TreeMap<>(board.geometries()),
                fromSource ? yamlSource : null, fromSource ? savedSettings : null, fromSource ? savedGeometry : null, !fromSource));
        return files;
    }

    /** Every file of a board that has none yet, in canonical form. */
    public static SortedMap<String, String> canonicalContents(Board board) {
        return new BoardFiles(null, Map.of(), Map.of(), Map.of(), null, null, null, UnreadableFiles.NONE, new FileFingerprints()).contents(board);
    }

    /**
     * For the files that could not be read, takes it that they still hold what {@code known} (the board as last read
     * or saved) has for them: a reload that finds a file broken leaves its sticky on the board, and unless it is
     * edited here it is not an unsaved edit (it is still never written or deleted while the file cannot be read).
     */
    public void assumeUnreadableHold(BoardSnapshot known) {
        unsaved.forget();
        for (StickyId id : unreadable.stickies()) {
            Sticky sticky = known.stickies().get(id);
            if (sticky != null && !stored.containsKey(id)) {
                stored.put(id, new Stored(sticky, null));
            }
        }
        for (DefinitionId id : unreadable.definitions()) {
            Definition definition = known.definitions().get(id);
            if (definition != null && !storedDefinitions.containsKey(id)) {
                storedDefinitions.put(id, new StoredDefinition(definition, null));
            }
        }
    }

    /** The files that were there but could not be read: never written or deleted. */
    public UnreadableFiles unreadable() {
        return unreadable;
    }

    /** The board folder (its real path). */
    public Path root() {
        return folder.root();
    }

    /** How the sticky's file was last written, when it was read or saved by this tool. */
    public Optional<StickySource> source(StickyId id) {
        return Optional.ofNullable(stored.get(id)).map(Stored::source);
    }

    /** The file line of a field of a sticky, for findings; 1 when unknown. */
    public int lineOf(StickyId id, Field field) {
        return source(id).map(source -> source.lineOf(field)).orElse(1);
    }

    /** The line of a value in a saga or strategy file ({@code /saga/steps/1/compensation}), for findings; 1 when unknown. */
    public int lineOf(DefinitionId id, String pointer) {
        StoredDefinition entry = storedDefinitions.get(id);
        return entry == null || entry.source() == null ? 1 : entry.source().lineOf(pointer);
    }

    /** The line of a top-level key of {@code board.yaml} ({@code rules}), for findings about the board; 1 when absent. */
    public int boardYamlLine(String key) {
        return yamlSource == null ? 1 : yamlSource.segment(key).map(YamlSegment::line).orElse(1);
    }

    /** The relative paths a save would write or delete now, in path order. */
    public List<String> pendingPaths(Board board) {
        return plan(board).paths();
    }

    /** What a save would write and delete now, with the text it would write; nothing is written. */
    public PendingFiles pending(Board board) {
        SavePlan plan = plan(board);
        SortedMap<String, String> written = new TreeMap<>();
        List<String> deleted = new ArrayList<>();
        for (StickyId id : plan.stickies()) {
            written.put(id.fileName(), StickyFileWriter.write(board.get(id), sourceFor(id, board.get(id), plan), false));
        }
        plan.gone().keySet().forEach(id -> deleted.add(id.fileName()));
        for (DefinitionId id : plan.definitions()) {
            written.put(id.path(), definitionText(board, id, board.definition(id).orElseThrow()));
        }
        plan.goneDefinitions().forEach(id -> deleted.add(id.path()));
        if (plan.boardYaml()) {
            boolean fromSource = !yamlUnreadable && yamlSource != null;
            written.put(BoardYamlParser.FILE, BoardYamlWriter.write(board.settings(), geometryToSave(board), fromSource ? yamlSource : null,
                    fromSource ? savedSettings : null, fromSource ? savedGeometry : null, !fromSource));
        }
        return new PendingFiles(written, deleted);
    }

    /** What a save would write and delete now: one comparison of the board with what its files last held. */
    private SavePlan plan(Board board) {
        List<StickyId> changed = new ArrayList<>();
        board.stickies().forEach((id, sticky) -> {
            if (isChanged(id, sticky)) {
                changed.add(id);
            }
        });
        Map<StickyId, Stored> gone = new TreeMap<>();
        stored.forEach((id, entry) -> {
            if (!board.contains(id)) {
                gone.put(id, entry);
            }
        });
        List<DefinitionId> definitions = new ArrayList<>();
        board.definitions().forEach((id, definition) -> {
            if (isChanged(id, definition)) {
                definitions.add(id);
            }
        });
        List<DefinitionId> goneDefinitions = new TreeMap<>(storedDefinitions).keySet().stream().filter(id -> board.definition(id).isEmpty()).toList();
        return new SavePlan(changed, gone, definitions, goneDefinitions, isYamlChanged(board));
    }

    /** The text a changed sticky's file is written over: its own file's, or, for a renamed one, the file it had. */
    private StickySource sourceFor(StickyId id, Sticky sticky, SavePlan plan) {
        Stored previous = stored.get(id);
        return previous != null ? previous.source() : renamedFrom(sticky, plan.gone()).orElse(null);
    }

    /** True when a save would write or delete a file; after an edit this costs what the edit touched ({@link #follow}). */
    public boolean hasUnsavedChanges(Board board) {
        return unsaved.any(board);
    }

    /** Hears a change of {@code board}, so that {@link #hasUnsavedChanges} need not compare the whole board again. */
    public void follow(Board board, BoardChange change) {
        unsaved.changed(board, change);
    }

    /**
     * Writes what changed since the last load or save, each file atomically: changed stickies first, then
     * {@code board.yaml}, then the files of stickies that are gone (so a crash mid-save loses nothing).
     */
    public SaveResult save(Board board) throws IOException {
        unsaved.forget();
        SavePlan plan = plan(board);
        List<String> written = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (StickyId id : plan.stickies()) {
            Sticky sticky = board.get(id);
            String path = id.fileName();
            byte[] bytes = StickyFileWriter.write(sticky, sourceFor(id, sticky, plan), false).getBytes(StandardCharsets.UTF_8);
            if (unreadable.stickies().contains(id)) {
                problems.add(Problem.error(path, 0, NOT_OVER_UNREADABLE));
                continue;
            }
            if (!mayWrite(path, problems)) {
                continue;
            }
            AtomicFiles.write(folder.forWriting(path), bytes);
            seen.record(path, bytes);
            written.add(path);
            stored.put(id, new Stored(sticky, reread(id, path, bytes, sticky, problems)));
        }
        for (DefinitionId id : plan.definitions()) {
            Definition definition = board.definition(id).orElseThrow();
            byte[] bytes = DefinitionFiles.bytes(definitionText(board, id, definition));
            if (unreadable.definitions().contains(id)) {
                problems.add(Problem.error(id.path(), 0, NOT_OVER_UNREADABLE));
                continue;
            }
            if (!mayWrite(id.path(), problems)) {
                continue;
            }
            AtomicFiles.write(folder.forWriting(id.path()), bytes);
            seen.record(id.path(), bytes);
            written.add(id.path());
            storedDefinitions.put(id, new StoredDefinition(definition, rereadDefinition(id, bytes, definition, problems)));
        }
        if (plan.boardYaml() && mayWrite(BoardYamlParser.FILE, problems)) {
            if (yamlUnreadable) {
                problems.add(Problem.error(BoardYamlParser.FILE, 0, "has errors, so it was not rewritten and the board's"
                        + " settings and places are not saved; fix the file, reopen the board, then save again"));
            } else {
                SortedMap<StickyId, Geometry> geometry = geometryToSave(board);
                String text = BoardYamlWriter.write(board.settings(), geometry, yamlSource, savedSettings, savedGeometry, false);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(folder.forWriting(BoardYamlParser.FILE), bytes);
                seen.record(BoardYamlParser.FILE, bytes);
                written.add(BoardYamlParser.FILE);
                savedSettings = board.settings();
                savedGeometry = geometry;
                try {
                    yamlSource = BoardYamlParser.parse(bytes, board.settings().title()).source();
                } catch (FormatException e) {
                    yamlSource = null;
                    problems.add(Problem.error(BoardYamlParser.FILE, e.line(), "was saved but does not read back: "
                            + e.getMessage() + "; please report this"));
                }
            }
        }
        for (StickyId id : plan.gone().keySet()) {
            if (unreadable.stickies().contains(id)) {
                problems.add(Problem.error(id.fileName(), 0, "could not be read, so it is not deleted; fix or delete the file yourself"));
                continue;
            }
            if (!mayWrite(id.fileName(), problems)) {
                continue;
            }
            AtomicFiles.delete(folder.resolve(id.fileName()));
            seen.forget(id.fileName());
            stored.remove(id);
            deleted.add(id.fileName());
        }
        for (DefinitionId id : plan.goneDefinitions()) {
            if (unreadable.definitions().contains(id)) {
                problems.add(Problem.error(id.path(), 0, "could not be read, so it is not deleted; fix or delete the file yourself"));
            } else if (mayWrite(id.path(), problems)) {
                AtomicFiles.delete(folder.resolve(id.path()));
                seen.forget(id.path());
                storedDefinitions.remove(id);
                deleted.add(id.path());
            }
        }
        return new SaveResult(written, deleted, problems);
    }

    /**
     * True when the file at {@code path} (relative, {@code events/order-placed.md}) holds what this tool last read or
     * wrote there, or is absent and was never seen: a change to it on disk was this tool's own. Safe from any thread.
     */
    public boolean isAsLeft(String path) {
        try {
            return seen.isUnchanged(path, folder.resolve(path));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True when the file at {@code path} is as this tool last read or wrote it; otherwise another program changed,
     * made or removed it since, and the save leaves it alone (the edit stays unsaved) and says so.
     */
    private boolean mayWrite(String path, List<Problem> problems) throws IOException {
        Path target;
        try {
            target = folder.resolve(path);
        } catch (BoardFolder.RefusedPath e) {
            problems.add(Problem.error(path, 0, e.reason() + ", so it was not saved; the edit stays unsaved"));
            return false;
        }
        if (seen.isUnchanged(path, target)) {
            return true;
        }
        problems.add(Problem.error(path, 0, "was changed on disk by another program since it was read, so it was not saved over;"
                + " reopen or reload the board (the app does so by itself), then save again"));
        return false;
    }

    /**
     * The files not in canonical form, as {@code fmt --check} lists them; with {@code write}, rewrites them in
     * canonical form (known values normalised; unknown keys, unknown sections and comments kept). Files that could
     * not be read are left alone.
     */
    public List<String> format(Board board, boolean write) throws IOException {
        unsaved.forget();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<StickyId, Sticky> entry : board.stickies().entrySet()) {
            StickyId id = entry.getKey();
            String path = id.fileName();
            byte[] canonical = StickyFileWriter.write(entry.getValue(), source(id).orElse(null), true).getBytes(StandardCharsets.UTF_8);
            if (!sameAsFile(path, canonical)) {
                changed.add(path);
                if (write) {
                    AtomicFiles.write(folder.forWriting(path), canonical);
                    stored.put(id, new Stored(entry.getValue(), reread(id, path, canonical, entry.getValue(), new ArrayList<>())));
                }
            }
        }
        if (!yamlUnreadable) {
            SortedMap<StickyId, Geometry> geometry = geometryToSave(board);
            byte[] canonical = BoardYamlWriter.write(board.settings(), geometry, yamlSource, null, null, true).getBytes(StandardCharsets.UTF_8);
            if (!sameAsFile(BoardYamlParser.FILE, canonical)) {
                changed.add(BoardYamlParser.FILE);
                if (write) {
                    AtomicFiles.write(folder.forWriting(BoardYamlParser.FILE), canonical);
                    savedSettings = board.settings();
                    savedGeometry = geometry;
                    try {
                        yamlSource = BoardYamlParser.parse(canonical, board.settings().title()).source();
                    } catch (FormatException e) {
                        yamlSource = null;
                    }
                }
            }
        }
        changed.sort(null);
        return changed;
    }

    private boolean sameAsFile(String path, byte[] bytes) throws IOException {
        Path file = folder.resolve(path);
        return Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    private boolean isChanged(StickyId id, Sticky sticky) {
        Stored entry = stored.get(id);
        return entry == null || (entry.sticky() != sticky && !entry.sticky().equals(sticky));
    }

    private boolean isChanged(DefinitionId id, Definition definition) {
        StoredDefinition entry = storedDefinitions.get(id);
        return entry == null || !entry.definition().equals(definition);
    }

    /** A definition's file text: its old text with changed values in place, or the DSL's layout for a new one. */
    private String definitionText(Board board, DefinitionId id, Definition definition) {
        StoredDefinition previous = storedDefinitions.get(id);
        if (previous != null && previous.definition().equals(definition) && previous.source() != null) {
            return previous.source().text();
        }
        return DefinitionFiles.write(id, definition, previous == null ? null : previous.source(), board.settings().feature());
    }

    private static DefinitionSource rereadDefinition(DefinitionId id, byte[] bytes, Definition definition, List<Problem> problems) {
        try {
            ParsedDefinition again = DefinitionFiles.parse(id, bytes);
            if (!again.definition().equals(definition)) {
                problems.add(Problem.warning(id.path(), 0, "was saved, but reads back differently from the board; please report this with the file"));
            }
            return again.source();
        } catch (FormatException e) {
            problems.add(Problem.error(id.path(), e.line(), "was saved but does not read back: " + e.getMessage() + "; please report this"));
            return null;
        }
    }

    /** The files as last read or written, compared item by item for {@link UnsavedEdits}. */
    private final class Baseline implements UnsavedEdits.Baseline {
        @Override
        public boolean stickyDiffers(Board board, StickyId id) {
            Sticky sticky = board.stickies().get(id);
            return sticky != null ? isChanged(id, sticky) : stored.containsKey(id);
        }

        @Override
        public boolean placeDiffers(Board board, StickyId id) {
            Geometry saved = savedGeometry == null ? null : savedGeometry.get(id);
            Geometry now = held.containsKey(id) ? held.get(id) : board.geometries().get(id);
            return !Objects.equals(saved, now);
        }

        @Override
        public boolean definitionDiffers(Board board, DefinitionId id) {
            Definition definition = board.definitions().get(id);
            return definition != null ? isChanged(id, definition) : storedDefinitions.containsKey(id);
        }

        @Override
        public boolean settingsDiffer(Board board) {
            return savedSettings == null || savedGeometry == null || !savedSettings.equals(board.settings());
        }

        @Override
        public Set<StickyId> stickyIds(Board board) {
            Set<StickyId> ids = new HashSet<>(board.stickies().keySet());
            ids.addAll(stored.keySet());
            return ids;
        }

        @Override
        public Set<StickyId> placeIds(Board board) {
            Set<StickyId> ids = new HashSet<>(board.geometries().keySet());
            ids.addAll(held.keySet());
            if (savedGeometry != null) {
                ids.addAll(savedGeometry.keySet());
            }
            return ids;
        }

        @Override
        public Set<DefinitionId> definitionIds(Board board) {
            Set<DefinitionId> ids = new HashSet<>(board.definitions().keySet());
            ids.addAll(storedDefinitions.keySet());
            return ids;
        }
    }

    /** Whether board.yaml would be written: the settings or any place differ from what it last held. */
    private boolean isYamlChanged(Board board) {
        return baseline.settingsDiffer(board) || baseline.placeIds(board).stream().anyMatch(id -> baseline.placeDiffers(board, id));
    }

    /** The board's places, plus the places of files that could not be read (they are kept for when they are fixed). */
    private SortedMap<StickyId, Geometry> geometryToSave(Board board) {
        SortedMap<StickyId, Geometry> geometry = new TreeMap<>(board.geometries());
        geometry.putAll(held);
        return geometry;
    }

    /** The source of a removed sticky this one was renamed from, so its unchanged parts keep their text. */
    private static Optional<StickySource> renamedFrom(Sticky sticky, Map<StickyId, Stored> gone) {
        List<StickySource> candidates = gone.values().stream().filter(
                entry -> entry.sticky().kind() == sticky.kind() && entry.sticky().withName(sticky.name()).equals(sticky)).map(Stored::source).toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** Reads back what was just written: the source for the next save, and a check that nothing was lost. */
    private static StickySource reread(StickyId id, String path, byte[] bytes, Sticky sticky, List<Problem> problems) {
        try {
            ParsedSticky again = StickyFileParser.parse(id, path, bytes);
            if (!again.sticky().equals(sticky)) {
                problems.add(Problem.warning(path, 0, "was saved, but reads back differently from what is on the canvas;"
                        + " please report this with the file"));
            }
            return again.source();
        } catch (FormatException e) {
            problems.add(Problem.error(path, e.line(), "was saved but does not read back: " + e.getMessage() + "; please report this"));
            return null;
        }
    }
}
