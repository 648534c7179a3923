package org.eventstorm.app.clipboard;

import java.io.IOException;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.picture.BoardPicture;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardArchive;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.BoardInPicture;
import org.eventstorm.render.BoardTheme;

/**
 * Edit > Copy Board as Picture: the whole board on the clipboard as an image, for any program, and as SVG
 * ({@code image/svg+xml}) for those that take vectors. The SVG carries the board, as the exported picture does, so a
 * picture pasted into a slide and saved from there opens again as the board.
 */
public final class PictureClipboard {
    /** The clipboard format of an SVG picture. */
    public static final DataFormat SVG = svgFormat();

    private PictureClipboard() {
    }

    private static DataFormat svgFormat() {
        DataFormat existing = DataFormat.lookupMimeType("image/svg+xml");
        return existing != null ? existing : new DataFormat("image/svg+xml");
    }

    /** Puts the picture of {@code board} (read from {@code files}, if any) on the system clipboard. */
    public static void copy(Board board, BoardFiles files) throws IOException {
        ExportInput input = ExportInput.frozen(board, files);
        BoardPicture picture = BoardPicture.of(input.board(), input.links(), Set.of(), BoardTheme.LIGHT);
        ClipboardContent content = new ClipboardContent();
        content.put(SVG, picture.svg(BoardInPicture.metadata(BoardArchive.pack(input.boardFiles()))));
        content.putImage(SwingFXUtils.toFXImage(picture.image(), null));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
