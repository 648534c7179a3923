package org.eventstorm.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eventstorm.exporters.eventcatalog.EventCatalogExporter;
import org.eventstorm.exporters.picture.PictureExporter;
import org.eventstorm.exporters.spec.SpecExporter;
import org.eventstorm.exporters.timeline.TimelineExporter;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRunTest {
    @TempDir
    Path temp;

    @Test
    void formatsRunAtOnceWriteWhatTheyWriteOneByOne() throws IOException {
        var loaded = BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment"));
        List<Exporter> all = List.of(new SpecExporter(), new TimelineExporter(), new EventCatalogExporter(), new PictureExporter());
        Path oneByOne = temp.resolve("one-by-one");
        TargetFolder sequential = TargetFolder.at(oneByOne);
        for (Exporter exporter : all) {
            exporter.export(ExportInput.of(loaded), sequential);
        }
        Path together = temp.resolve("together");
        TargetFolder parallel = TargetFolder.at(together);
        List<ExportRun.Result> results = ExportRun.run(ExportInput.of(loaded), parallel, all, new ExportRun.Listener() {});

        assertEquals(all, results.stream().map(ExportRun.Result::exporter).toList(), "results in the order asked");
        assertEquals(parallel.written().size(), results.stream().mapToInt(ExportRun.Result::files).sum(), "each file counted once");
        Map<String, String> expected = new TreeMap<>(BoardFolders.contents(oneByOne));
        Map<String, String> actual = new TreeMap<>(BoardFolders.contents(together));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, text) -> {
            if (!path.endsWith(".png")) {
                assertEquals(text, actual.get(path), path);
            }
        });
    }

    @Test
    void aFailingFormatIsReportedAfterTheOthersFinish() throws IOException {
        var loaded = BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment"));
        Exporter broken = new Exporter() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String title() {
                return "Broken";
            }

            @Override
            public void export(ExportInput input, TargetFolder target) throws IOException {
                throw new IOException("disk full");
            }
        };
        TargetFolder target = TargetFolder.at(temp.resolve("out"));
        IOException failure = assertThrows(IOException.class,
                () -> ExportRun.run(ExportInput.of(loaded), target, List.of(broken, new SpecExporter()), new ExportRun.Listener() {}));
        assertEquals("disk full", failure.getMessage());
        assertTrue(target.written().stream().anyMatch(path -> path.endsWith("index.md")), "the other format still ran");
    }
}
