package org.eventstorm.app.document;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;

/** The boards a new board can start from; they are the sample boards the jar carries. */
public final class BoardTemplates {
    /** Template names and the sample each copies. */
    public static final Map<String, String> SAMPLES = Map.of("order", "order-fulfillment", "empty", "empty");

    private BoardTemplates() {
    }

    /** Reads a template board from inside the jar (or the classes folder when run from a build). */
    public static LoadedBoard load(String template) throws IOException {
        String sample = SAMPLES.get(template);
        if (sample == null) {
            throw new IOException("unknown template '" + template + "'; use one of " + String.join(", ", SAMPLES.keySet()));
        }
        URL marker = BoardTemplates.class.getResource("/samples/" + sample + "/board.yaml");
        if (marker == null) {
            throw new IOException("the template '" + template + "' is missing from this build");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                fileSystemFor(uri);
            }
            return BoardReader.read(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IOException("the template '" + template + "' cannot be located: " + e.getMessage(), e);
        }
    }

    private static FileSystem fileSystemFor(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
