package org.eventstorm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar runs as the README says: {@code java -jar app/target/eventstorm.jar ...}, with no display. */
class JarIT {
    private static final Path JAR = Path.of("target/eventstorm.jar");

    record Result(int code, String output) {
    }

    static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), output);
    }

    @Test
    void versionRunsFromTheJar() throws Exception {
        Result result = java("--version");
        assertEquals(0, result.code(), result.output());
        assertTrue(result.output().startsWith("EventStorm Studio "), result.output());
    }

    @Test
    void fmtCheckRunsOnTheSampleFromTheJar() throws Exception {
        Result result = java("fmt", "../samples/order-fulfillment", "--check");
        assertEquals(0, result.code(), result.output());
    }

    @Test
    void newFromTheJarReadsTheTemplateInsideTheJar(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Result result = java("new", temp.resolve("board").toString(), "--template", "order");
        assertEquals(0, result.code(), result.output());
        assertTrue(result.output().contains("37 stickies"), result.output());
    }
}
