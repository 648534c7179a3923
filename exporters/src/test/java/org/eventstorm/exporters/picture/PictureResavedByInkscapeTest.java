package org.eventstorm.exporters.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.saga.Toolchains;
import org.eventstorm.model.file.BoardArchive;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The board's picture opened and saved again by a real vector editor, Inkscape (as Inkscape SVG and as plain SVG),
 * still carries the board, byte for byte. Skipped where Inkscape is not installed, unless CI requires it.
 */
class PictureResavedByInkscapeTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"inkscape", "plain"})
    void theResavedPictureStillOpensAsTheBoard(String flavour) throws Exception {
        Toolchains.require(Toolchains.onPath("inkscape"), "Inkscape (apt-get install inkscape)");
        Path sample = BoardFolders.SAMPLES.resolve("user-registration");
        new PictureExporter().export(ExportInput.of(BoardReader.read(sample)), TargetFolder.at(temp));
        Path resaved = temp.resolve("resaved.svg");
        Toolchains.Result saved = flavour.equals("plain")
                ? Toolchains.run(temp, 300, "inkscape", "picture/board.svg", "--export-plain-svg", "--export-type=svg", "--export-filename=" + resaved)
                : Toolchains.run(temp, 300, "inkscape", "picture/board.svg", "--export-type=svg", "--export-filename=" + resaved);
        assertEquals(0, saved.exit(), saved.output());
        BoardArchive.unpack(resaved, temp.resolve("board"));
        assertEquals(BoardFolders.contents(sample), BoardFolders.contents(temp.resolve("board")));
    }
}
