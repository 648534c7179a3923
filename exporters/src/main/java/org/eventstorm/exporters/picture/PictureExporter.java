package org.eventstorm.exporters.picture;

import java.io.IOException;
import org.eventstorm.model.file.BoardArchive;
import org.eventstorm.model.file.BoardInPicture;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.render.BoardTheme;

/**
 * {@code picture/board.svg} and {@code picture/board.png}: the board as the canvas draws it, for slides and documents;
 * {@code picture/selection.*} when the input names a selection. The SVG of the whole board carries the board itself
 * ({@link BoardInPicture}), so {@code eventstorm open board.svg} gives it back.
 */
public final class PictureExporter implements Exporter {
    @Override
    public String id() {
        return "picture";
    }

    @Override
    public String title() {
        return "Board picture (PNG, SVG)";
    }

    @Override
    public void export(ExportInput input, TargetFolder target) throws IOException {
        BoardPicture picture = BoardPicture.of(input.board(), input.links(), input.selection(), BoardTheme.LIGHT);
        String name = input.selection().isEmpty() ? "board" : "selection";
        // The whole board's picture carries the board, so it opens again as the board; a selection's picture does not.
        String board = input.selection().isEmpty() ? BoardInPicture.metadata(BoardArchive.pack(input.boardFiles())) : "";
        target.write("picture/" + name + ".svg", picture.svg(board));
        target.write("picture/" + name + ".png", picture.png());
    }
}
