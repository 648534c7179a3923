package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.MoveSticky;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.BoardFolders;
import org.eventstorm.model.support.FileMutator;
import org.eventstorm.model.validate.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing: valid sticky files, board.yaml, saga and strategy files of both samples are broken by a seeded mutator, and
 * for every case the board must open within a second without an exception, every problem must name a file inside the
 * board, the validator must run, and after an edit and a save the broken file must be exactly as it was when it
 * could not be read, and everything else must read back as saved.
 * <p>
 * {@code -Deventstorm.fuzz.cases=N} sets the number of cases (the {@code fuzz} profile runs 100,000),
 * {@code -Deventstorm.fuzz.seed=S} the seed; a failing case is written to {@code target/fuzz-failures/} and names its
 * seed, so it can be replayed.
 */
class FuzzedFilesTest {
    static final int CASES = Integer.getInteger("eventstorm.fuzz.cases", 2_000);
    static final long SEED = Long.getLong("eventstorm.fuzz.seed", 20_261_201L);
    private static final ExecutorService READER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fuzzed-read");
        thread.setDaemon(true);
        return thread;
    });

    @TempDir
    Path temp;

    @AfterAll
    static void stopReader() {
        READER.shutdownNow();
    }

    @Test
    void brokenFilesNeverCrashHangOrGetRewritten() throws Exception {
        List<Path> boards = new ArrayList<>();
        List<Map<String, byte[]>> pristine = new ArrayList<>();
        for (String sample : List.of("order-fulfillment", "user-registration")) {
            Path board = BoardFolders.copyOfSample(sample, temp);
            boards.add(board);
            pristine.add(files(board));
        }
        Random cases = new Random(SEED);
        int unreadable = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = cases.nextLong();
            int which = i % boards.size();
            Path board = boards.get(which);
            List<String> paths = new ArrayList<>(pristine.get(which).keySet());
            Random pick = new Random(seed);
            String path = paths.get(pick.nextInt(paths.size()));
            byte[] broken = new FileMutator(seed).mutate(pristine.get(which).get(path));
            Files.write(board.resolve(path), broken);
            try {
                unreadable += oneCase(board, path, broken) ? 1 : 0;
            } catch (AssertionError | Exception e) {
                Path kept = Files.createDirectories(Path.of("target/fuzz-failures")).resolve("case-" + i + "-" + path.replace('/', '_'));
                Files.write(kept, broken);
                throw new AssertionError("fuzz case " + i + " (seed " + seed + ", " + board.getFileName() + "/" + path
                        + ", kept in " + kept + "): " + e.getMessage(), e);
            }
            restore(board, pristine.get(which));
        }
        System.out.printf("fuzz: %d cases from seed %d, %d of them made the file unreadable%n", CASES, SEED, unreadable);
        assertTrue(unreadable > CASES / 4, "the mutator breaks files often enough to test something: " + unreadable);
    }

    /** One broken file in a board: true when it could not be read. */
    private static boolean oneCase(Path board, String path, byte[] broken) throws Exception {
        Future<Object[]> reading = READER.submit(() -> {
            LoadedBoard loaded = BoardReader.read(board);
            return new Object[] {loaded, Validator.validate(loaded.board())};
        });
        LoadedBoard loaded;
        try {
            loaded = (LoadedBoard) reading.get(1, TimeUnit.SECONDS)[0];
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw new AssertionError("reading and validating took more than a second");
        }
        for (Problem problem : loaded.problems()) {
            assertFalse(problem.path().isBlank() || problem.path().startsWith("/") || problem.path().contains("../"), problem.toString());
            assertFalse(problem.message().contains("Exception") || problem.message().contains("\tat "), problem.toString());
        }
        boolean unreadable = loaded.problems().stream().anyMatch(problem -> problem.isError() && problem.path().equals(path));

        Board edited = loaded.board();
        edited.apply(AddSticky.at(StickyKind.EVENT.create("Fuzz Added"), new Geometry(-400, -400, 160, 100)));
        edited.geometries().keySet().stream().findFirst().ifPresent(id -> edited.apply(new MoveSticky(id, edited.geometry(id).orElseThrow().movedBy(10, 10))));
        loaded.files().save(edited);
        if (unreadable) {
            assertArrayEquals(broken, Files.readAllBytes(board.resolve(path)), path + " could not be read, so it is left as it was");
        }
        LoadedBoard again = BoardReader.read(board);
        assertEquals(edited.stickies(), again.board().stickies(), "every sticky reads back as saved");
        assertEquals(edited.definitions(), again.board().definitions(), "sagas and strategies read back as saved");
        boolean yamlUnreadable = loaded.problems().stream().anyMatch(p -> p.isError() && p.path().equals(BoardYamlParser.FILE));
        if (!yamlUnreadable) {
            assertEquals(edited.snapshot(), again.board().snapshot(), "the board reads back as saved");
        }
        return unreadable;
    }

    private static Map<String, byte[]> files(Path board) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(board)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(board.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** Puts the board back as it was: extra files removed, changed ones rewritten. */
    private static void restore(Path board, Map<String, byte[]> pristine) throws IOException {
        Map<String, byte[]> now = files(board);
        for (String path : now.keySet()) {
            if (!pristine.containsKey(path)) {
                Files.delete(board.resolve(path));
            }
        }
        pristine.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, now.get(path))) {
                try {
                    Files.write(board.resolve(path), bytes);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }
}
