package org.eventstorm.model.file;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.layout.AutoPlacer;
import org.eventstorm.model.sticky.Spelling;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Reads a board folder: {@code board.yaml}, one markdown file per sticky in the kind folders (in parallel), and the
 * saga and versioning strategy files.
 * A file that cannot be read is reported as {@code path:line: message} and left untouched; the rest of the board
 * loads. Stickies with no place in {@code board.yaml} are placed next to what they link to.
 */
public final class BoardReader {
    /** A sticky file is a short note; anything larger is refused unread. */
    public static final long MAX_STICKY_BYTES = 1024 * 1024;
    /** board.yaml holds one line per sticky; 16 MiB is room for far more than 20,000. */
    public static final long MAX_BOARD_YAML_BYTES = 16L * 1024 * 1024;
    /** Folders that hold no stickies (sagas, versioning strategies, schemas): not warned about. */
    static final Set<String> OTHER_FOLDERS = Set.of("sagas", "versioning", "schemas");

    private BoardReader() {
    }

    /**
     * @throws NotDirectoryException when {@code folder} is not a folder
     * @throws IOException           when the folder itself cannot be listed
     */
    public static LoadedBoard read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder + " is not a folder");
        }
        BoardFolder board = new BoardFolder(folder);
        FileFingerprints seen = new FileFingerprints();
        List<Problem> problems = new ArrayList<>();
        String defaultTitle = board.root().getFileName() == null ? "Board" : board.root().getFileName().toString();
        BoardYaml yaml = readBoardYaml(board, defaultTitle, problems, seen);
        List<Path> files = stickyFiles(board, problems);
        List<FileResult> results = files.parallelStream().map(file -> readSticky(board, file, seen)).toList();

        Map<StickyId, Sticky> stickies = new TreeMap<>();
        Map<StickyId, StickySource> sources = new HashMap<>();
        List<StickyId> unreadable = new ArrayList<>();
        for (FileResult result : results) {
            problems.addAll(result.problems());
            if (result.parsed() != null) {
                stickies.put(result.parsed().id(), result.parsed().sticky());
                sources.put(result.parsed().id(), result.parsed().source());
            } else if (result.id() != null) {
                unreadable.add(result.id());
            }
        }

        Map<DefinitionId, BoardFiles.StoredDefinition> definitions = new TreeMap<>();
        List<DefinitionId> unreadableDefinitions = new ArrayList<>();
        readDefinitions(board, definitions, unreadableDefinitions, problems, seen);

        Map<StickyId, Geometry> geometry = new TreeMap<>();
        Map<StickyId, Geometry> held = new TreeMap<>();
        BoardSettings settings = yaml == null ? BoardSettings.titled(defaultTitle) : yaml.settings();
        if (yaml != null) {
            yaml.geometry().forEach((key, placed) -> {
                Optional<StickyId> id = StickyId.parse(key);
                if (id.isPresent() && stickies.containsKey(id.get())) {
                    geometry.put(id.get(), placed.geometry());
                } else if (id.isPresent() && unreadable.contains(id.get())) {
                    held.put(id.get(), placed.geometry());
                } else {
                    problems.add(Problem.warning(BoardYamlParser.FILE, placed.line(),
                            "has a place for " + key + ", which has no sticky file; the place is dropped when the board is saved"));
                }
            });
        }

        Map<DefinitionId, Definition> defined = new TreeMap<>();
        definitions.forEach((id, stored) -> defined.put(id, stored.definition()));
        Board loaded = Board.of(settings, stickies, geometry, defined);
        unreadable.forEach(loaded::reserve);
        unreadableDefinitions.forEach(loaded::reserve);
        List<StickyId> placed = AutoPlacer.placeUnplaced(loaded);
        if (!placed.isEmpty() && yaml != null) {
            problems.add(Problem.info(BoardYamlParser.FILE, 0, placed.size() == 1
                    ? placed.get(0) + " had no place on the canvas and was placed next to what it links to"
                    : placed.size() + " stickies had no place on the canvas and were placed next to what they link to"));
        }
        Map<StickyId, BoardFiles.Stored> stored = new HashMap<>();
        stickies.forEach((id, sticky) -> stored.put(id, new BoardFiles.Stored(sticky, sources.get(id))));
        Map<StickyId, Geometry> onDisk = new TreeMap<>(geometry);
        onDisk.putAll(held);
        BoardFiles boardFiles = new BoardFiles(board, stored, definitions, held,
                yaml == null ? null : yaml.settings(), yaml == null ? null : onDisk,
                yaml == null ? null : yaml.source(),
                new UnreadableFiles(Set.copyOf(unreadable), Set.copyOf(unreadableDefinitions), yamlIsUnreadable(board, yaml)), seen);
        problems.sort(Problem.BY_LOCATION);
        return new LoadedBoard(loaded, boardFiles, problems);
    }

    /** The saga and strategy files: {@code *.yml} and {@code *.yaml} directly in {@code sagas/} and {@code versioning/}. */
    private static void readDefinitions(BoardFolder board, Map<DefinitionId, BoardFiles.StoredDefinition> definitions,
            List<DefinitionId> unreadable, List<Problem> problems, FileFingerprints seen) throws IOException {
        for (DefinitionKind kind : DefinitionKind.values()) {
            Path folder = board.root().resolve(kind.folder());
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            for (Path file : sorted(folder)) {
                String fileName = file.getFileName().toString();
                if (fileName.startsWith(".") || !(fileName.endsWith(".yml") || fileName.endsWith(".yaml"))) {
                    continue;
                }
                String path = board.relative(file);
                if (!DefinitionId.isDefinitionFile(fileName)) {
                    problems.add(Problem.error(path, 0, "has a file name the tool cannot use; rename it to letters, digits and dashes"));
                    continue;
                }
                DefinitionId id = new DefinitionId(kind, fileName);
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isSymbolicLink()) {
                        throw new FormatException(0, "is a symbolic link; " + kind.title().toLowerCase(Locale.ROOT) + " files must be plain files inside the"
                                + " board (copy the file in instead), so it was not read");
                    }
                    if (!attributes.isRegularFile()) {
                        throw new FormatException(0, "is not a regular file, so it was not read");
                    }
                    if (attributes.size() > DefinitionFiles.MAX_BYTES) {
                        throw new FormatException(0, "is " + megabytes(attributes.size()) + "; a " + kind.title().toLowerCase()
                                + " is a page of YAML, so it was not read");
                    }
                    byte[] bytes = Files.readAllBytes(file);
                    seen.record(path, bytes);
                    ParsedDefinition parsed = DefinitionFiles.parse(id, bytes);
                    definitions.put(id, new BoardFiles.StoredDefinition(parsed.definition(), parsed.source()));
                } catch (FormatException e) {
                    unreadable.add(id);
                    problems.add(Problem.error(path, e.line(), e.getMessage() + " (the file is left as it is until it is fixed)"));
                } catch (IOException | RuntimeException e) {
                    unreadable.add(id);
                    problems.add(Problem.error(path, 0, "could not be read: " + e.getMessage()));
                }
            }
        }
    }

    private static boolean yamlIsUnreadable(BoardFolder board, BoardYaml yaml) {
        return yaml == null && Files.exists(board.root().resolve(BoardYamlParser.FILE), LinkOption.NOFOLLOW_LINKS);
    }

    private static BoardYaml readBoardYaml(BoardFolder board, String defaultTitle, List<Problem> problems, FileFingerprints seen) {
        Path file = board.root().resolve(BoardYamlParser.FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.info(BoardYamlParser.FILE, 0, "is missing; the board opens with default settings and "
                    + "the file is created when the board is saved"));
            return null;
        }
        try {
            if (!BoardFolder.isRegularFile(file)) {
                throw new FormatException(0, "is not a regular file (a link or a folder); replace it with a plain file");
            }
            long size = Files.size(file);
            if (size > MAX_BOARD_YAML_BYTES) {
                throw new FormatException(0, "is " + megabytes(size) + "; that is far more than a board needs, so it was not read");
            }
            byte[] bytes = Files.readAllBytes(file);
            seen.record(BoardYamlParser.FILE, bytes);
            BoardYaml yaml = BoardYamlParser.parse(bytes, defaultTitle);
            problems.addAll(yaml.warnings());
            return yaml;
        } catch (FormatException e) {
            problems.add(Problem.error(BoardYamlParser.FILE, e.line(), e.getMessage()
                    + " (the board opens with default settings; board.yaml is left untouched until it is fixed)"));
        } catch (IOException e) {
            problems.add(Problem.error(BoardYamlParser.FILE, 0, "could not be read: " + e.getMessage()));
        }
        return null;
    }

    /** The markdown files directly inside the kind folders, in path order; other folders are reported. */
    private static List<Path> stickyFiles(BoardFolder board, List<Problem> problems) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path entry : sorted(board.root())) {
            String name = entry.getFileName().toString();
            Optional<StickyKind> kind = StickyKind.fromFolder(name);
            if (Files.isSymbolicLink(entry) && (kind.isPresent() || OTHER_FOLDERS.contains(name))) {
                problems.add(Problem.warning(name + "/", 0, "is a symbolic link; the board's folders must be real folders inside it, so"
                        + " its files were not loaded (replace the link with a copy of the folder)"));
                continue;
            }
            if (name.startsWith(".") || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (kind.isPresent()) {
                Map<String, String> lowerCase = new HashMap<>();
                for (Path file : sorted(entry)) {
                    String fileName = file.getFileName().toString();
                    if (fileName.startsWith(".")) {
                        continue;
                    }
                    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        if (containsMarkdown(file)) {
                            problems.add(Problem.warning(board.relative(file), 0, "is a folder inside " + name
                                    + "/; sticky files must sit directly in " + name + "/, so its files were not loaded"));
                        }
                    } else if (fileName.endsWith(".md")) {
                        files.add(file);
                        String clash = lowerCase.putIfAbsent(fileName.toLowerCase(Locale.ROOT), fileName);
                        if (clash != null) {
                            problems.add(Problem.warning(board.relative(file), 0, "differs from " + name + "/" + clash + " only in upper"
                                    + " and lower case; on Windows and macOS they are one file, so a clone there loses one: rename it"));
                        }
                    }
                }
            } else if (!OTHER_FOLDERS.contains(name) && containsMarkdown(entry)) {
                List<String> folders = Arrays.stream(StickyKind.values()).map(StickyKind::folder).toList();
                String hint = Spelling.closest(name, folders).map(folder -> "; did you mean " + folder + "/?").orElse(
                        "; sticky folders are " + String.join(", ", folders));
                problems.add(Problem.warning(name + "/", 0, "is not a sticky folder, so its files were not loaded" + hint));
            }
        }
        return files;
    }

    private record FileResult(StickyId id, ParsedSticky parsed, List<Problem> problems) {
    }

    private static FileResult readSticky(BoardFolder board, Path file, FileFingerprints seen) {
        String path = board.relative(file);
        String folder = file.getParent().getFileName().toString();
        String fileName = file.getFileName().toString();
        String stem = fileName.substring(0, fileName.length() - ".md".length());
        if (!StickyId.isSafeStem(stem)) {
            return new FileResult(null, null, List.of(Problem.error(path, 0,
                    "has a file name the tool cannot use as a sticky id; rename it to letters, digits and dashes")));
        }
        StickyId id = StickyId.of(StickyKind.fromFolder(folder).orElseThrow(), stem);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                throw new FormatException(0, "is a symbolic link; sticky files must be plain files inside the board"
                        + " (copy the file in instead), so it was not read");
            }
            if (!attributes.isRegularFile()) {
                throw new FormatException(0, "is not a regular file, so it was not read");
            }
            long size = attributes.size();
            if (size > MAX_STICKY_BYTES) {
                throw new FormatException(0, "is " + megabytes(size) + "; a sticky file is a short note, so it was not read."
                        + " Split it or move it out of the board");
            }
            byte[] bytes = Files.readAllBytes(file);
            seen.record(path, bytes);
            ParsedSticky parsed = StickyFileParser.parse(id, path, bytes);
            return new FileResult(id, parsed, parsed.warnings());
        } catch (FormatException e) {
            return new FileResult(id, null, List.of(Problem.error(path, e.line(), e.getMessage())));
        } catch (IOException | RuntimeException e) {
            return new FileResult(id, null, List.of(Problem.error(path, 0, "could not be read: " + e.getMessage())));
        }
    }

    private static List<Path> sorted(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        entries.sort(null);
        return entries;
    }

    private static boolean containsMarkdown(Path folder) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.md")) {
            return stream.iterator().hasNext();
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
