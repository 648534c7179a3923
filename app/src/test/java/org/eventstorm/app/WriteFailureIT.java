package org.eventstorm.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails half way (a full disk; here a file-size limit, which fails the write the same way) names the file,
 * says nothing was changed, and loses nothing: the file holds what it held, and no temporary file is left beside it.
 */
class WriteFailureIT {
    private static final Path JAR = Path.of("target/eventstorm.jar").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void fmtThatCannotWriteNamesTheFileAndLeavesItAsItWas() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path event = board.resolve("events/order-placed.md");
        // Not canonical (quotes, line ends), and larger than the limit below, so fmt must rewrite it and cannot.
        String text = Files.readString(event).replace("version: \"1\"", "version: '1'").replace("\n", "\r\n")
                + ("\r\n" + "Notes of the workshop. ".repeat(4)).repeat(80);
        Files.writeString(event, text);
        byte[] before = Files.readAllBytes(event);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // 8 blocks of 512 bytes: the JVM ignores SIGXFSZ, so a larger write fails with EFBIG as a full disk fails with ENOSPC.
        Process fmt = new ProcessBuilder("bash", "-c", "ulimit -f 8; exec \"$0\" -XX:-UsePerfData -Xshare:off -jar \"$1\" fmt \"$2\"",
                java, JAR.toString(), board.toString()).start();
        String err = new String(fmt.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(fmt.waitFor(60, TimeUnit.SECONDS));

        assertEquals(2, fmt.exitValue(), err);
        assertTrue(err.startsWith("eventstorm fmt: " + event + ": could not be written ("), err);
        assertTrue(err.strip().endsWith("); nothing was changed"), err);
        assertEquals(1, err.strip().lines().count(), "one line: " + err);
        assertArrayEquals(before, Files.readAllBytes(event), "the file holds what it held");
        try (Stream<Path> files = Files.list(event.getParent())) {
            List<String> left = files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
            assertFalse(!left.isEmpty(), "no temporary file is left: " + left);
        }
    }
}
