package org.eventstorm.exporters.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The compilers the TypeScript and Go checks run: the pinned TypeScript (and the packages the exported tests use) from
 * the npm registry (installed once into {@code ~/.cache/eventstorm/typescript-...}), and Go from the PATH. Where one is missing the check is skipped and says
 * why; with {@code EVENTSTORM_REQUIRE_TOOLCHAINS=1} (as CI sets, after installing both) a missing one fails it.
 */
public final class Toolchains {
    /** The exported package.json pins these; the check installs exactly them. */
    private static final JsonNode PINNED = pinned();
    static final String TYPESCRIPT_VERSION = PINNED.path("typescript").asText();
    /** One folder per set of pins, so a change of any pin installs afresh. */
    static final Path TYPESCRIPT = Path.of(System.getProperty("user.home"), ".cache", "eventstorm",
            "typescript-" + TYPESCRIPT_VERSION + "-" + Integer.toHexString(PINNED.toString().hashCode()));

    private Toolchains() {
    }

    private static JsonNode pinned() {
        try {
            return new ObjectMapper().readTree(Path.of("src/main/saga-runtime/ts/package.json").toFile()).path("devDependencies");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding node_modules with every package the exported package.json pins (TypeScript, its types, sql.js). */
    public static Path typescript() throws Exception {
        List<String> packages = new ArrayList<>();
        boolean installed = Files.isExecutable(TYPESCRIPT.resolve("node_modules/.bin/tsc"));
        for (var pin : (Iterable<java.util.Map.Entry<String, JsonNode>>) PINNED::fields) {
            packages.add(pin.getKey() + "@" + pin.getValue().asText());
            installed &= Files.isDirectory(TYPESCRIPT.resolve("node_modules").resolve(pin.getKey()));
        }
        if (!installed) {
            require(onPath("npm") && onPath("node"), "npm and node (to install " + String.join(", ", packages) + ")");
            Files.createDirectories(TYPESCRIPT);
            Files.writeString(TYPESCRIPT.resolve("package.json"), "{\"private\": true}\n");
            List<String> command = new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--silent"));
            command.addAll(packages);
            Result install = run(TYPESCRIPT, 300, command.toArray(String[]::new));
            assertEquals(0, install.exit(), "npm install " + String.join(" ", packages) + ": " + install.output());
        }
        return TYPESCRIPT;
    }

    /** Maven, which runs this build, to run {@code mvn test} in the exported Java project (offline: the build cached what it needs). */
    public static void requireMaven() {
        require(onPath("mvn"), "Maven (mvn on the PATH)");
    }

    public static void requireGo() {
        require(onPath("go") && onPath("gofmt"), "Go (apt-get install golang-go)");
    }

    public static void require(boolean present, String what) {
        if (!present) {
            if ("1".equals(System.getenv("EVENTSTORM_REQUIRE_TOOLCHAINS"))) {
                throw new AssertionError(what + " is needed and EVENTSTORM_REQUIRE_TOOLCHAINS=1, but it is not installed");
            }
            Assumptions.abort("skipped: " + what + " is not installed here (CI installs it and requires this check)");
        }
    }

    public static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    public record Result(int exit, String output) {
    }

    public static Result run(Path folder, int seconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("toolchain", ".log");
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(folder.toFile()).redirectErrorStream(true).redirectOutput(
                log.toFile()).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }
}
