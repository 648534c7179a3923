package org.eventstorm.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar run as a user or a CI job runs it, inside a board someone else made: a native library planted at
 * {@code jni/} of the board (where J2V8's own loader looks first) is never loaded; the export leaves nothing in the home
 * folder but the cache folder, prints nothing on standard error, and processes starting together share one verified
 * copy of the Graphviz engine.
 */
class HostileWorkspaceIT {
    private static final Path JAR = Path.of("target/eventstorm.jar").toAbsolutePath();
    /** The library as loaded from the cache: J2V8 4.6.0's, its stack marked not executable. */
    private static final String LOADED_SHA256 = "ac103d922bdb5193b5a06eada8d7e9b27cc522dfa0df600945e450bcf8783e51";

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    @Test
    void aLibraryPlantedInTheBoardsJniFolderIsNeverLoaded() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path marker = temp.resolve("owned");
        plantLibrary(board.resolve("jni/libj2v8_linux_x86_64.so"), marker);
        Path home = Files.createDirectories(temp.resolve("home"));

        Run run = java(board, home, "-jar", JAR.toString(), "export", ".", "--to", "out", "--format", "all");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertFalse(Files.exists(marker), "the planted library ran: " + Files.exists(marker));
        assertEquals("", run.err(), "an export prints nothing on standard error");
        assertTrue(Files.exists(board.resolve("out/timeline/timeline.svg")) && Files.exists(board.resolve("out/state-machines")));
        assertEquals(List.of(".cache", ".cache/eventstorm", ".cache/eventstorm/jdk", ".cache/eventstorm/libj2v8_linux_x86_64-4.6.0.so"),
                homeContents(home).stream().filter(path -> !path.startsWith(".cache/eventstorm/jdk/")).toList(),
                "the home folder holds the cache folder and nothing else");
        assertEquals(LOADED_SHA256, sha256(home.resolve(".cache/eventstorm/libj2v8_linux_x86_64-4.6.0.so")));
    }

    @Test
    void theLibraryPlantedThereIsWhatJ2v8WouldLoadOnItsOwn() throws Exception {
        // The attack is real: J2V8's own loader, asked for a runtime in that folder, loads the planted library.
        Path board = Files.createDirectories(temp.resolve("board"));
        Path marker = temp.resolve("owned");
        plantLibrary(board.resolve("jni/libj2v8_linux_x86_64.so"), marker);
        Path probe = Files.writeString(temp.resolve("Probe.java"), "public class Probe { public static void main(String[] a) {"
                + " try { com.eclipsesource.v8.V8.createV8Runtime(); } catch (Throwable t) { } } }");
        Path j2v8;
        try (Stream<Path> lib = Files.list(JAR.resolveSibling("lib"))) {
            j2v8 = lib.filter(path -> path.getFileName().toString().startsWith("j2v8_linux_x86_64")).findFirst().orElseThrow();
        }

        java(board, Files.createDirectories(temp.resolve("home")), "-cp", j2v8.toString(), probe.toString());

        assertTrue(Files.exists(marker), "J2V8's own search loads ./jni/ first");
    }

    @Test
    void exportsStartingTogetherShareOneVerifiedCopy() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path home = Files.createDirectories(temp.resolve("home"));
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            running.add(process(board, home, "-jar", JAR.toString(), "export", ".", "--to", "out-" + i, "--format", "timeline"));
        }
        for (Process process : running) {
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(180, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), err);
            assertEquals("", err);
        }
        Path cache = home.resolve(".cache/eventstorm");
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(List.of("jdk", "libj2v8_linux_x86_64-4.6.0.so"), files.map(path -> path.getFileName().toString()).sorted().toList(),
                    "one copy, no temporary file left");
        }
        assertEquals(LOADED_SHA256, sha256(cache.resolve("libj2v8_linux_x86_64-4.6.0.so")));
    }

    /** A shared library whose constructor creates {@code marker}: it runs the moment anything loads it. */
    private void plantLibrary(Path library, Path marker) throws Exception {
        requireGcc();
        Files.createDirectories(library.getParent());
        Path source = Files.writeString(temp.resolve("evil.c"), "#include <stdio.h>\n"
                + "__attribute__((constructor)) static void owned(void) { FILE *f = fopen(\"" + marker + "\", \"w\"); if (f) fclose(f); }\n");
        Process gcc = new ProcessBuilder("gcc", "-shared", "-fPIC", "-o", library.toString(), source.toString()).redirectErrorStream(true).start();
        String said = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(gcc.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, gcc.exitValue(), said);
    }

    private static void requireGcc() {
        boolean present = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).anyMatch(
                folder -> Files.isExecutable(Path.of(folder, "gcc")));
        if (!present) {
            if ("1".equals(System.getenv("EVENTSTORM_REQUIRE_TOOLCHAINS"))) {
                throw new AssertionError("gcc is needed to build the planted library and EVENTSTORM_REQUIRE_TOOLCHAINS=1, but it is not installed");
            }
            Assumptions.abort("skipped: gcc is not installed here (CI installs it and requires this check)");
        }
    }

    private Run java(Path folder, Path home, String... args) throws IOException, InterruptedException {
        Process process = process(folder, home, args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS));
        return new Run(process.exitValue(), out, err);
    }

    /** Java started in {@code folder} as a user whose home folder is {@code home}, with no cache folder of its own set. */
    private static Process process(Path folder, Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Djava.awt.headless=true"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().put("HOME", home.toString());
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return builder.start();
    }

    private static List<String> homeContents(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(path -> !path.equals(home)).map(path -> home.relativize(path).toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
