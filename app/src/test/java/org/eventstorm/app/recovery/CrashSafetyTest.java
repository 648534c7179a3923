package org.eventstorm.app.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.file.Problem;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.generate.RandomEdits;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is editing and saving a board ({@link SavingProcess}, a child JVM, with SIGKILL) at random
 * moments, a hundred times ({@code -Deventstorm.crash.kills=N}; the fuzz profile kills a thousand times). After each
 * kill: the board opens without errors, every file holds either its content before the interrupted save or after it,
 * and the recovery journal gives back at least every edit the process had reported journaled.
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("eventstorm.crash.kills", 100);
    private static final int SAVE_EVERY = 3;

    @TempDir
    Path temp;

    @Test
    void killedWhileSavingTheBoardOpensWithOldOrNewFilesAndTheJournalHasTheEdits() throws Exception {
        Path initial = temp.resolve("initial");
        BoardFiles.forNewBoard(initial).save(new BoardGenerator(11).generate(30));
        Random random = new Random(20_261_201L);
        // Two kills at a time (one per core of the CI machine): each is a process of its own on a board of its own.
        ExecutorService workers = Executors.newFixedThreadPool(2);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            int number = kill;
            long seed = random.nextLong();
            int millis = random.nextInt(600);
            outcomes.add(workers.submit(() -> killOnce(initial, number, seed, millis)));
        }
        workers.shutdown();
        int duringSave = 0;
        int recoveredFromJournal = 0;
        int mostEdits = 0;
        for (Future<Outcome> future : outcomes) {
            Outcome outcome;
            try {
                outcome = future.get();
            } catch (ExecutionException e) {
                workers.shutdownNow();
                throw e.getCause() instanceof AssertionError failure ? failure : new AssertionError(e.getCause());
            }
            duringSave += outcome.duringSave() ? 1 : 0;
            recoveredFromJournal += outcome.fromJournal() ? 1 : 0;
            mostEdits = Math.max(mostEdits, outcome.journaled());
        }
        System.out.printf("crash safety: %d kills, %d during a save, %d recovered from the journal, up to %d edits before a kill%n",
                KILLS, duringSave, recoveredFromJournal, mostEdits);
        assertTrue(duringSave > 0 && recoveredFromJournal > KILLS / 2, "the kills land in saves and between them");
    }

    private record Outcome(boolean duringSave, boolean fromJournal, int journaled) {
    }

    /** One saving process killed after {@code millis}, and everything checked that must hold after the kill. */
    private Outcome killOnce(Path initial, int kill, long seed, int millis) throws Exception {
        Path folder = BoardFolders.copy(initial, temp.resolve("board-" + kill));
        Path journal = new RecoveryPlaces(temp).journalOf(folder);
        List<String> said = runAndKill(folder, journal, seed, millis);
        int journaled = last(said, "journaled ");
        int saved = last(said, "saved ");
        String where = "kill " + kill + " (seed " + seed + ", after journaled " + journaled + ", saved " + saved + ")";

        Replay replay = new Replay(initial, seed, journaled + 1);
        boolean saving = journaled > saved && journaled % SAVE_EVERY == 0;
        LoadedBoard opened = BoardReader.read(folder);
        assertEquals(List.of(), opened.problems().stream().filter(Problem::isError).map(Problem::toString).toList(),
                where + ": the board opens");
        SortedMap<String, String> before = replay.files(saved);
        SortedMap<String, String> after = saving ? replay.files(journaled) : before;
        Map<String, String> disk = boardFiles(folder);
        for (String path : union(before, after, disk)) {
            String now = disk.get(path);
            assertTrue(same(now, before.get(path)) || same(now, after.get(path)),
                    where + ": " + path + " holds neither its old nor its new content:\n" + now);
        }

        if (Files.exists(journal)) {
            BoardSnapshot recovered = Recovery.recovered(folder, RecoveryJournal.read(journal));
            assertTrue(recovered.equals(replay.snapshot(journaled)) || recovered.equals(replay.snapshot(journaled + 1)),
                    where + ": the journal gives back the last edit reported journaled, or the one after it");
            return new Outcome(saving, true, journaled);
        }
        assertTrue(journaled == saved || journaled == 0, where + ": the journal is removed only once the edits are saved");
        assertEquals(replay.files(journaled), disk, where + ": without a journal, the board on disk holds every edit");
        return new Outcome(saving, false, journaled);
    }

    /** Starts the saving process, lets it run {@code millis} after it is ready, kills it, and returns what it said. */
    private static List<String> runAndKill(Path folder, Path journal, long seed, int millis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), SavingProcess.class.getName(),
                folder.toString(), journal.toString(), Long.toString(seed), Integer.toString(SAVE_EVERY)).redirectError(
                        ProcessBuilder.Redirect.INHERIT).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertEquals("ready", first, "the saving process starts");
            Thread.sleep(millis);
            // SIGKILL (kill -9) through the process's handle: Process.destroyForcibly would also close the pipe and
            // lose what the process said last.
            assertTrue(ProcessHandle.of(process.pid()).orElseThrow().destroyForcibly());
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                said.add(line);
            }
        } finally {
            process.destroyForcibly();
        }
        assertEquals(137, process.exitValue(), "killed by SIGKILL");
        return said;
    }

    /** The same edits as the saving process, in this process: the board and its files after each. */
    private static final class Replay {
        private final List<BoardSnapshot> snapshots = new ArrayList<>();
        private final List<SortedMap<String, String>> files = new ArrayList<>();

        Replay(Path initial, long seed, int edits) throws IOException {
            Board board = BoardReader.read(initial).board();
            RandomEdits random = new RandomEdits(seed);
            record(board);
            for (int i = 1; i <= edits; i++) {
                SavingProcess.apply(board, random);
                record(board);
            }
        }

        private void record(Board board) {
            snapshots.add(board.snapshot());
            files.add(new TreeMap<>(BoardFiles.canonicalContents(board)));
        }

        BoardSnapshot snapshot(int edits) {
            return snapshots.get(edits);
        }

        SortedMap<String, String> files(int edits) {
            return files.get(edits);
        }
    }

    /** The board's files (not the hidden temporary ones an interrupted write leaves), as text. */
    private static Map<String, String> boardFiles(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().startsWith(".")) {
                    files.put(folder.relativize(file).toString(), Files.readString(file));
                }
            }
        }
        return files;
    }

    private static int last(List<String> said, String prefix) {
        int last = 0;
        for (String line : said) {
            if (line.startsWith(prefix)) {
                last = Integer.parseInt(line.substring(prefix.length()));
            }
        }
        return last;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b, Map<String, String> c) {
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        all.putAll(c);
        return List.copyOf(all.keySet());
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
