package org.eventstorm.model.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.sticky.StickyId;

/** The sample boards, read from {@code samples/}. */
public final class SampleBoards {
    private SampleBoards() {
    }

    public static LoadedBoard load(String name) {
        return load(BoardFolders.SAMPLES.resolve(name));
    }

    public static LoadedBoard load(Path folder) {
        try {
            return BoardReader.read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Board orderFulfillment() {
        return load("order-fulfillment").board();
    }

    public static StickyId id(String text) {
        return StickyId.parse(text).orElseThrow(() -> new IllegalArgumentException("not an id: " + text));
    }
}
