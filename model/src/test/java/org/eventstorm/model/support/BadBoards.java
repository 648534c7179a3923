package org.eventstorm.model.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bad-input corpus: hostile and broken boards, each laid over a copy of the order sample. The cases kept as files
 * are in {@code bad-boards/} (see its README); those that cannot live in git as files are made here.
 * Each case knows what the tool must say about it: fragments of {@code path:line: message} problems, or of validator
 * findings ({@code finding: ...}); a case with no expectations must open with no errors at all.
 */
public final class BadBoards {
    /** The corpus folder, from whichever module the tests run in. */
    public static final Path CORPUS = Stream.of(Path.of("src/test/resources/bad-boards"), Path.of("../model/src/test/resources/bad-boards")).filter(
            Files::isDirectory).findFirst().orElse(Path.of("../model/src/test/resources/bad-boards"));
    /** The base every case is laid over. */
    public static final String BASE = "order-fulfillment";
    private static final String STICKY = "---\ntype: event-storming-event\nname: %s\n---\n\n# Domain Event: %s\n";

    /** How a case changes the base board; {@code outside} is a folder beside the board, for links to point into. */
    @FunctionalInterface
    public interface Maker {
        void make(Path board, Path outside) throws IOException;
    }

    /** One bad board. */
    public record Case(String name, Maker maker, List<String> expected) {
        /** Builds the case in {@code temp}: {@code temp/<name>/board}, beside {@code temp/<name>/outside}. */
        public Path build(Path temp) {
            Path home = temp.resolve(name);
            Path board = BoardFolders.copy(BoardFolders.SAMPLES.resolve(BASE), home.resolve("board"));
            try {
                Path outside = Files.createDirectories(home.resolve("outside"));
                Files.writeString(outside.resolve("secret.md"), STICKY.formatted("Secret", "Secret"));
                maker.make(board, outside);
                return board;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Whether the case must open with no error at all. */
        public boolean isSafe() {
            return expected.isEmpty();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private BadBoards() {
    }

    /** Every case: the corpus folders, then the generated ones. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>(corpus());
        cases.addAll(generated());
        return cases;
    }

    /** The cases kept as files under {@link #CORPUS}. */
    public static List<Case> corpus() {
        try (Stream<Path> entries = Files.list(CORPUS)) {
            return entries.filter(Files::isDirectory).sorted().map(folder -> {
                String name = folder.getFileName().toString();
                return new Case(name, (board, outside) -> overlay(folder, board), expectations(CORPUS.resolve(name + ".expect")));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cases that cannot be files in git: sizes, links, bytes. */
    public static List<Case> generated() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("50-mb-sticky", (board, outside) -> {
            byte[] huge = new byte[50 * 1024 * 1024];
            Arrays.fill(huge, (byte) 'a');
            Files.write(board.resolve("events/huge.md"), huge);
        }, List.of("events/huge.md: is 50.0 MB; a sticky file is a short note, so it was not read")));
        cases.add(new Case("50-mb-board-yaml", (board, outside) -> {
            StringBuilder yaml = new StringBuilder(Files.readString(board.resolve("board.yaml")));
            String filler = "# " + "x".repeat(1000) + "\n";
            while (yaml.length() < 50 * 1024 * 1024) {
                yaml.append(filler);
            }
            Files.writeString(board.resolve("board.yaml"), yaml);
        }, List.of("board.yaml: is 50.0 MB; that is far more than a board needs, so it was not read")));
        cases.add(new Case("binary-sticky", (board, outside) -> {
            byte[] bytes = new byte[4096];
            new java.util.Random(7).nextBytes(bytes);
            Files.write(board.resolve("events/binary.md"), bytes);
        }, List.of("events/binary.md:1: is not UTF-8 text")));
        cases.add(new Case("binary-board-yaml", (board, outside) -> {
            byte[] bytes = new byte[4096];
            new java.util.Random(8).nextBytes(bytes);
            Files.write(board.resolve("board.yaml"), bytes);
        }, List.of("board.yaml:1: is not UTF-8 text")));
        cases.add(new Case("non-utf-8", (board, outside) -> Files.write(board.resolve("events/latin.md"),
                STICKY.formatted("Caf\u00e9 Opened", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1)),
                List.of("events/latin.md:3: is not UTF-8 text (byte 0xE9)")));
        cases.add(new Case("byte-order-mark", (board, outside) -> Files.write(board.resolve("events/bom.md"),
                ("\uFEFF" + STICKY.formatted("Marked", "Marked")).getBytes(StandardCharsets.UTF_8)), List.of()));
        cases.add(new Case("crlf-line-ends", (board, outside) -> {
            Files.writeString(board.resolve("events/windows.md"), STICKY.formatted("Windows Saved", "Windows Saved").replace("\n", "\r\n")
                    + "\r\n## Trigger\r\nSaved on Windows\r\n");
            Files.writeString(board.resolve("board.yaml"), Files.readString(board.resolve("board.yaml")).replace("\n", "\r\n"));
        }, List.of()));
        cases.add(new Case("bom-and-crlf-board-yaml", (board, outside) -> Files.writeString(board.resolve("board.yaml"),
                "\uFEFF" + Files.readString(board.resolve("board.yaml")).replace("\n", "\r\n")), List.of()));
        cases.add(new Case("symlink-sticky-outside",
                (board, outside) -> Files.createSymbolicLink(board.resolve("events/secret.md"), outside.resolve("secret.md")),
                List.of("events/secret.md: is a symbolic link")));
        cases.add(new Case("symlink-board-yaml", (board, outside) -> {
            Files.writeString(outside.resolve("board.yaml"), Files.readString(board.resolve("board.yaml")));
            Files.delete(board.resolve("board.yaml"));
            Files.createSymbolicLink(board.resolve("board.yaml"), outside.resolve("board.yaml"));
        }, List.of("board.yaml: is not a regular file")));
        cases.add(new Case("symlink-folder-outside", (board, outside) -> {
            deleteContents(board.resolve("read-models"));
            Files.delete(board.resolve("read-models"));
            Files.createSymbolicLink(board.resolve("read-models"), outside);
        }, List.of("read-models/: warning: is a symbolic link")));
        cases.add(new Case("symlink-saga-outside", (board, outside) -> {
            Files.writeString(outside.resolve("stolen-saga.yml"), "saga:\n  name: Stolen\n  steps: []\n");
            Files.createSymbolicLink(board.resolve("sagas/stolen-saga.yml"), outside.resolve("stolen-saga.yml"));
        }, List.of("sagas/stolen-saga.yml: is a symbolic link; saga files must be plain files inside the board")));
        cases.add(new Case("board-yaml-is-a-folder", (board, outside) -> {
            Files.delete(board.resolve("board.yaml"));
            Files.createDirectories(board.resolve("board.yaml"));
        }, List.of("board.yaml: is not a regular file")));
        cases.add(new Case("sticky-is-a-fifo", (board, outside) -> {
            Process mkfifo = new ProcessBuilder("mkfifo", board.resolve("events/pipe.md").toString()).inheritIO().start();
            try {
                if (mkfifo.waitFor() != 0) {
                    throw new IOException("mkfifo failed");
                }
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        }, List.of("events/pipe.md: is not a regular file")));
        cases.add(new Case("backslash-in-file-name", (board, outside) -> Files.writeString(board.resolve("events/evil\\..\\..\\x.md"),
                STICKY.formatted("Evil", "Evil")), List.of("events/evil\\..\\..\\x.md: has a file name the tool cannot use as a sticky id")));
        cases.add(new Case("nul-and-control-characters", (board, outside) -> {
            Files.writeString(board.resolve("events/nul-escape.md"), STICKY.formatted("\"Order\\0Placed\\a\\e[31m\"", "Order"));
            Files.writeString(board.resolve("events/control.md"), STICKY.formatted("Bell\u0007 and \u001b[2J Clear", "Control"));
        }, List.of("events/control.md:3: front matter contains the control character U+0007, which YAML does not allow; remove it",
                "events/nul-escape.md:3: 'name' contains the control character U+0000")));
        cases.add(new Case("10000-character-names", (board, outside) -> {
            String name = "Order Placed ".repeat(800).substring(0, 10_000);
            Files.writeString(board.resolve("events/long.md"), STICKY.formatted(name, name));
            Files.writeString(board.resolve("commands/long.md"),
                    STICKY.formatted("x".repeat(10_000), "x").replace("event-storming-event", "event-storming-command"));
        }, List.of()));
        cases.add(new Case("deep-markdown", (board, outside) -> Files.writeString(board.resolve("events/deep.md"),
                STICKY.formatted("Deep", "Deep") + "\n## Trigger\n" + "> ".repeat(5_000) + "deep\n\n## Data Carried\n"
                        + nestedList(300)),
                List.of()));
        cases.add(new Case("deep-yaml-board", (board, outside) -> Files.writeString(board.resolve("board.yaml"),
                "title: Deep\nlevel: process\nx: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n"),
                List.of("board.yaml:3: is nested more than 32 levels deep")));
        cases.add(new Case("empty-board", (board, outside) -> {
            deleteContents(board);
        }, List.of("board.yaml: note: is missing")));
        cases.add(new Case("board-yaml-missing", (board, outside) -> Files.delete(board.resolve("board.yaml")),
                List.of("board.yaml: note: is missing")));
        cases.add(new Case("every-sticky-empty", (board, outside) -> {
            try (Stream<Path> files = Files.walk(board)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".md")).toList()) {
                    Files.write(file, new byte[0]);
                }
            }
        }, List.of("events/order-placed.md: is empty")));
        return cases;
    }

    /** Every file under {@code root}, links not followed: bytes as ISO-8859-1 text, a link as {@code -> target}. */
    public static Map<String, String> tree(Path root) {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String relative = root.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    tree.put(relative, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    tree.put(relative, Files.readString(path, StandardCharsets.ISO_8859_1));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    tree.put(relative + "/", "");
                } else {
                    tree.put(relative, "(special file)");
                }
            }
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nestedList(int depth) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            list.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        return list.toString();
    }

    private static List<String> expectations(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("every corpus case needs its .expect file: " + file, e);
        }
    }

    private static void overlay(Path from, Path board) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = board.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteContents(Path board) throws IOException {
        try (Stream<Path> paths = Files.walk(board)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(board)) {
                    Files.delete(path);
                }
            }
        }
    }
}
