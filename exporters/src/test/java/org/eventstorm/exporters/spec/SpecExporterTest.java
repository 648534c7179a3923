package org.eventstorm.exporters.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Golden;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecExporterTest {
    private static final Path SAMPLE = BoardFolders.SAMPLES.resolve("order-fulfillment");
    private static final String SESSION = "specs/001-order-processing/event-storming/order-fulfillment/";

    @TempDir
    Path temp;

    @Test
    void theSampleBecomesItsSessionFolderWithAnIndex() throws IOException {
        new SpecExporter().export(ExportInput.of(BoardReader.read(SAMPLE)), TargetFolder.at(temp));
        Golden.assertMatches("spec", temp, path -> path.endsWith("index.md"));
        // Every board file is the sample's, byte for byte.
        Map<String, String> exported = BoardFolders.contents(temp.resolve(SESSION));
        exported.remove("index.md");
        assertEquals(BoardFolders.contents(SAMPLE), exported);
    }

    @Test
    void aFreeNoteIsNotPartOfTheModelTheIndexGives() throws IOException {
        LoadedBoard loaded = BoardReader.read(SAMPLE);
        int before = loaded.board().size();
        loaded.board().apply(org.eventstorm.model.edit.AddSticky.at(org.eventstorm.model.sticky.StickyKind.NOTE.create("Parking lot"),
                new org.eventstorm.model.board.Geometry(100, 1700, 160, 100)));
        String index = SpecExporter.index(loaded.board());
        assertTrue(!index.contains("Parking lot") && !index.contains("Notes"), index);
        assertTrue(index.contains("level: " + before + " stickies"), index);
    }

    @Test
    void theExportLoadsBackIntoAnEqualBoard() throws IOException {
        Board generated = new BoardGenerator(7).generate(300);
        new SpecExporter().export(ExportInput.of(generated), TargetFolder.at(temp));
        LoadedBoard back = BoardReader.read(temp.resolve(SpecExporter.sessionFolder(generated.settings())));
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        assertEquals(generated.stickies(), back.board().stickies());
        assertEquals(generated.geometries(), back.board().geometries());
        assertEquals(generated.settings(), back.board().settings());
    }

    @Test
    void hostileFeatureAndSessionNamesStayInsideTheTarget() throws IOException {
        Path board = BoardFolders.copy(Path.of("src/test/resources/boards/hostile"), temp.resolve("board"));
        Path out = temp.resolve("out");
        TargetFolder target = TargetFolder.at(out);
        new SpecExporter().export(ExportInput.of(BoardReader.read(board)), target);
        assertTrue(target.written().stream().allMatch(path -> path.startsWith("specs/042-hostile-input/event-storming/etc/")),
                target.written().toString());
    }
}
