package org.eventstorm.exporters.asyncapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.saga.Toolchains;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real AsyncAPI parser ({@code @asyncapi/parser}, pinned in {@code src/test/asyncapi/package.json}, installed once
 * from the npm registry into {@code ~/.cache/eventstorm/}) reads the export of each sample, of the hostile board and of
 * a generated 500-sticky board with no error and no warning. Skipped where npm is missing, unless CI requires it.
 */
class AsyncApiParserTest {
    private static final Path SOURCES = Path.of("src/test/asyncapi");

    @TempDir
    Path temp;

    @Test
    void theParserFindsNoErrorAndNoWarning() throws Exception {
        Path parser = install();
        List<String> command = new ArrayList<>(List.of("node", parser.resolve("check.mjs").toString()));
        int documents = 0;
        for (String board : AsyncApiExporterTest.boards().toList()) {
            Path out = temp.resolve(board);
            new AsyncApiExporter().export(ExportInput.of(AsyncApiExporterTest.board(board)), TargetFolder.at(out));
            try (Stream<Path> files = Files.list(out.resolve("asyncapi"))) {
                for (Path file : files.sorted().toList()) {
                    command.add(file.toString());
                    documents++;
                }
            }
        }
        Toolchains.Result result = Toolchains.run(temp, 300, command.toArray(String[]::new));
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains(documents + " documents, 0 errors and warnings"), result.output());
    }

    /** The pinned parser in its own folder under the cache (one per set of pins), with the check script beside it. */
    private static Path install() throws Exception {
        String pins = new ObjectMapper().readTree(SOURCES.resolve("package.json").toFile()).path("dependencies").toString();
        Path folder = Path.of(System.getProperty("user.home"), ".cache", "eventstorm", "asyncapi-parser-" + Integer.toHexString(pins.hashCode()));
        if (!Files.isDirectory(folder.resolve("node_modules/@asyncapi/parser"))) {
            Toolchains.require(Toolchains.onPath("npm") && Toolchains.onPath("node"), "npm and node (to install the AsyncAPI parser " + pins + ")");
            Files.createDirectories(folder);
            Files.copy(SOURCES.resolve("package.json"), folder.resolve("package.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Toolchains.Result install = Toolchains.run(folder, 300, "npm", "install", "--no-audit", "--no-fund", "--silent");
            assertEquals(0, install.exit(), "npm install " + pins + ": " + install.output());
        }
        Files.copy(SOURCES.resolve("check.mjs"), folder.resolve("check.mjs"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return folder;
    }
}
