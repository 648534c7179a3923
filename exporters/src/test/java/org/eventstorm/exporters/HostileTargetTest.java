package org.eventstorm.exporters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eventstorm.exporters.eventcatalog.EventCatalogExporter;
import org.eventstorm.exporters.picture.PictureExporter;
import org.eventstorm.exporters.saga.SagaCodeExporter;
import org.eventstorm.exporters.saga.SagaExporter;
import org.eventstorm.exporters.saga.StateMachineExporter;
import org.eventstorm.exporters.spec.SpecExporter;
import org.eventstorm.exporters.timeline.TimelineExporter;
import org.eventstorm.exporters.versioning.VersioningExporter;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An export into a folder someone else prepared (a checked-in spec tree, a CI workspace a pull request controls):
 * a link planted at any name the export writes, or at any temporary name it could use, is replaced or refused, and
 * never written through.
 */
class HostileTargetTest {
    private static final String VICTIM_TEXT = "# the victim's shell start-up file\n";

    @TempDir
    Path temp;
    private Path victim;

    @BeforeEach
    void plantVictim() throws IOException {
        victim = Files.writeString(Files.createDirectories(temp.resolve("home")).resolve(".bashrc"), VICTIM_TEXT);
    }

    @Test
    void aLinkAtEveryNameAnExportWritesIsReplacedNotWrittenThrough() throws IOException {
        exportOverPlantedLinks(true);
    }

    @Test
    void aLinkAtTheTemporaryNameExportsOnceUsedIsNotWrittenThrough() throws IOException {
        exportOverPlantedLinks(false);
    }

    private void exportOverPlantedLinks(boolean atFinalNames) throws IOException {
        var loaded = BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment"));
        List<Exporter> all = all();
        TargetFolder first = TargetFolder.at(temp.resolve("first"));
        ExportRun.run(ExportInput.of(loaded), first, all, new ExportRun.Listener() {});
        List<String> names = first.written();
        assertTrue(names.size() > 90, "every format wrote: " + names.size());

        Path planted = temp.resolve("planted");
        for (String name : names) {
            Path file = planted.resolve(name);
            Files.createDirectories(file.getParent());
            if (atFinalNames) {
                Files.createSymbolicLink(file, victim);
            }
            // The fixed temporary name exports used to write through (.NAME.eventstorm-tmp).
            Files.createSymbolicLink(file.resolveSibling("." + file.getFileName() + ".eventstorm-tmp"), victim);
        }
        TargetFolder target = TargetFolder.at(planted);
        ExportRun.run(ExportInput.of(loaded), target, all, new ExportRun.Listener() {});

        assertEquals(VICTIM_TEXT, Files.readString(victim), "the file the links point at is untouched");
        for (String name : names) {
            Path file = planted.resolve(name);
            assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS), name + " is now a plain file, not the link");
            assertEquals(Files.size(first.root().resolve(name)), Files.size(file), name);
        }
        try (Stream<Path> files = Files.walk(planted)) {
            assertFalse(files.anyMatch(path -> path.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void aLinkedFolderInTheTargetIsRefusedWithTheNameOfTheLink() throws IOException {
        var loaded = BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment"));
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.createSymbolicLink(out.resolve("timeline"), victim.getParent());

        IOException refused = assertThrows(IOException.class,
                () -> ExportRun.run(ExportInput.of(loaded), TargetFolder.at(out), List.of(new TimelineExporter()), new ExportRun.Listener() {}));

        assertTrue(refused.getMessage().startsWith("timeline/timeline.md: timeline is a symbolic link in the export folder"), refused.getMessage());
        try (Stream<Path> files = Files.list(victim.getParent())) {
            assertEquals(List.of(victim), files.toList(), "nothing was written where the link points");
        }
    }

    private static List<Exporter> all() {
        return List.of(new SpecExporter(), new TimelineExporter(), new EventCatalogExporter(), new PictureExporter(), new SagaExporter(),
                new SagaCodeExporter(), new StateMachineExporter(), new VersioningExporter());
    }
}
