package org.eventstorm.exporters;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eventstorm.exporters.eventcatalog.EventCatalogExporter;
import org.eventstorm.exporters.picture.PictureExporter;
import org.eventstorm.exporters.saga.GeneratedJava;
import org.eventstorm.exporters.saga.SagaCodeExporter;
import org.eventstorm.exporters.saga.SagaExporter;
import org.eventstorm.exporters.saga.StateMachineExporter;
import org.eventstorm.exporters.spec.SpecExporter;
import org.eventstorm.exporters.timeline.TimelineExporter;
import org.eventstorm.exporters.versioning.VersioningExporter;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.eventstorm.model.text.InvisibleCharacters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A board whose text carries a byte order mark, bidirectional overrides and isolates ("Trojan Source") and zero-width
 * characters, in names, sections, schema descriptions and a saga: no exported text file holds one of them raw, JSON
 * keeps them as escapes, and the generated Java still compiles and passes its own tests.
 */
class InvisibleCharactersExportTest {
    static final String HIDDEN = "\uFEFF bom \u202E override \u2066 isolate \u200B zero-width \u200F mark";

    @TempDir
    static Path temp;
    static Path exported;

    @BeforeAll
    static void exportAHostileBoard() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path event = board.resolve("events/order-placed.md");
        Files.writeString(event,
                Files.readString(event).replace("description: Identifies the order", "description: \"Identifies" + HIDDEN + " the order\"").replace(
                        "Critical event marking", "Critical" + HIDDEN + " event marking"));
        Path saga = board.resolve("sagas/order-fulfillment-saga.yml");
        Files.writeString(saga, Files.readString(saga).replace("description: Coordinates order fulfillment across inventory, payment, and shipping",
                "description: \"Coordinates" + HIDDEN + " order fulfillment\""));
        try (Stream<Path> files = Files.walk(board)) {
            for (Path sticky : files.filter(path -> path.toString().endsWith(".md")).toList()) {
                Files.writeString(sticky, Files.readString(sticky) + "\n## Notes\n" + HIDDEN + "\n");
            }
        }
        var loaded = BoardReader.read(board);
        assertTrue(loaded.problems().stream().noneMatch(problem -> problem.isError()), loaded.problems().toString());
        exported = temp.resolve("out");
        List<Exporter> all = List.of(new SpecExporter(), new TimelineExporter(), new EventCatalogExporter(), new PictureExporter(),
                new SagaExporter(), new SagaCodeExporter(), new StateMachineExporter(), new VersioningExporter());
        ExportRun.run(ExportInput.of(loaded), TargetFolder.at(exported), all, new ExportRun.Listener() {});
    }

    @Test
    void noExportedTextFileHoldsAnInvisibleCharacter() throws IOException {
        List<String> found = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(exported)) {
            for (Path file : files.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".png")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                checked++;
                int at = InvisibleCharacters.firstIndex(text);
                if (at >= 0) {
                    found.add(exported.relativize(file) + ": " + InvisibleCharacters.describe(text.codePointAt(at)));
                }
            }
        }
        assertTrue(checked > 90, "checked " + checked);
        assertEquals(List.of(), found);
    }

    @Test
    void jsonKeepsThemAsEscapesThatReadBackAsTheSameText() throws IOException {
        Path schema = exported.resolve("eventcatalog/domains/order/services/order-service/events/orderplaced/schema.json");
        if (!Files.exists(schema)) {
            try (Stream<Path> files = Files.walk(exported.resolve("eventcatalog"))) {
                schema = files.filter(path -> path.toString().endsWith("schema.json") && path.toString().contains("placed")).findFirst().orElseThrow();
            }
        }
        String raw = Files.readString(schema);
        assertTrue(raw.contains("\\u202e") && raw.contains("\\ufeff"), raw);
        Map<?, ?> parsed = new ObjectMapper().readValue(raw, Map.class);
        assertTrue(parsed.toString().contains("Identifies" + HIDDEN + " the order"), parsed.toString());
    }

    @Test
    void theGeneratedJavaStillCompilesAndPassesItsTests() throws Exception {
        Path java = exported.resolve("saga-code/java");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(java)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(java.relativize(file).toString(), Files.readString(file));
            }
        }
        Path classes = GeneratedJava.compile(files, temp.resolve("java-build"));
        var summary = GeneratedJava.runTests(classes, "sagas.orderfulfillmentsaga.OrderFulfillmentSagaTest");
        assertEquals(0, summary.getTotalFailureCount(), GeneratedJava.failures(summary));
        assertTrue(summary.getTestsSucceededCount() >= 8);
    }
}
