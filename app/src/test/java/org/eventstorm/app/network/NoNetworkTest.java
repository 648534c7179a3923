package org.eventstorm.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app and the command line never use the network: a child process ({@link NoNetworkProbe}) runs both under a
 * security manager that refuses every socket, while its open files are watched for sockets; and what the exports
 * write names nothing remote (a page, picture or catalog opened later fetches nothing).
 */
class NoNetworkTest {
    /** Names that look like addresses but are identifiers nothing fetches: XML namespaces and JSON Schema dialects. */
    private static final Set<String> IDENTIFIERS = Set.of("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink",
            "https://json-schema.org/draft/2020-12/schema", "http://json-schema.org/draft-07/schema#");
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?|ftp|wss?)://[^\\s\"'<>)\\]}]+");

    @TempDir
    Path temp;

    @Test
    void theAppAndTheCommandLineOpenNoSocketsAndExportsNameNothingRemote() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Path out = temp.resolve("exports");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.security.manager=allow",
                "-Dtestfx.headless=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1920x1200-32", "-Djava.awt.headless=true", "-Deventstorm.preferences=org/eventstorm/studio-tests",
                "-Deventstorm.recovery=" + temp.resolve("recovery"), "-Deventstorm.system-theme=light",
                "-cp", System.getProperty("java.class.path"), NoNetworkProbe.class.getName(), board.toString(), out.toString()));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(probe.waitFor(120, TimeUnit.SECONDS));
        List<String> lines = said.lines().filter(line -> line.startsWith("network: ") || line.startsWith("failed: ")).toList();
        assertEquals(List.of(), lines, said);
        assertEquals(0, probe.exitValue(), said);
        assertTrue(said.contains("done"), said);
        assertTrue(said.contains("names are looked up offline"), said);

        assertTrue(Files.exists(out.resolve("eventcatalog")) && Files.exists(out.resolve("timeline")), "every format was exported");
        Set<String> remote = new TreeSet<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).filter(NoNetworkTest::isText).toList()) {
                Matcher address = ADDRESS.matcher(Files.readString(file));
                while (address.find()) {
                    if (!IDENTIFIERS.contains(address.group()) && !address.group().startsWith("https://eventstorm.local/")) {
                        remote.add(out.relativize(file) + ": " + address.group());
                    }
                }
            }
        }
        assertEquals(Set.of(), remote, "the exports name nothing remote");
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return !(name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".avro-binary"));
    }
}
