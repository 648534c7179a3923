package org.eventstorm.model.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A picture of a board that carries the board: the SVG of a whole board holds, in its {@code <metadata>}, the board's
 * {@code .storm} archive in base64 in an element of its own namespace. Vector editors keep metadata, so a picture
 * dropped into a slide deck and saved again still opens as the board. Reading it takes the namespace, not the
 * prefix or the layout, into account; no DTD or outside entity is ever read; what comes out is unpacked by
 * {@link BoardArchive#unpack} with all its rules (sizes, names, hidden files).
 */
public final class BoardInPicture {
    public static final String EXTENSION = ".svg";
    /** The namespace of the element that carries the board (a name, not an address), its local name {@code board}. */
    public static final String NAMESPACE = "urn:eventstorm:board-archive:1";
    /** A picture larger than this is not searched for a board: far beyond the picture of a 50,000-sticky board. */
    static final long MAX_PICTURE_BYTES = 512L * 1024 * 1024;

    private BoardInPicture() {
    }

    /** The SVG {@code <metadata>} element carrying {@code archive} (a packed board), base64 in lines of 76. */
    public static String metadata(byte[] archive) {
        String base64 = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(archive);
        return "<metadata id=\"eventstorm-board\">\n<board xmlns=\"" + NAMESPACE + "\" media-type=\"application/zip\" encoding=\"base64\">\n" + base64
                + "\n</board>\n</metadata>\n";
    }

    /** Whether {@code path} is an SVG file, which may carry a board. */
    public static boolean isPicture(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** Unpacks the board {@code picture} carries into {@code target}, as {@link BoardArchive#unpack} unpacks a .storm file. */
    static BoardArchive.Result unpack(Path picture, Path target) throws IOException {
        Path scratch = Files.createTempDirectory("eventstorm-picture-");
        try {
            Path archive = scratch.resolve("board" + BoardArchive.EXTENSION);
            Files.write(archive, archiveIn(picture));
            try {
                return BoardArchive.unpack(archive, target);
            } catch (IOException e) {
                throw new IOException(String.valueOf(e.getMessage()).replace(archive.toString(), picture.toString()).replace("is not a .storm file",
                        "carries a damaged board"), e);
            }
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The archive {@code picture} carries. */
    static byte[] archiveIn(Path picture) throws IOException {
        if (!Files.isRegularFile(picture, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(picture + ": is not a plain file; give the picture itself");
        }
        if (Files.size(picture) > MAX_PICTURE_BYTES) {
            throw new IOException(picture + ": is larger than " + (MAX_PICTURE_BYTES >> 20) + " MB, more than any picture of a board; it was not read");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = null;
        try (InputStream in = Files.newInputStream(picture)) {
            reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && NAMESPACE.equals(reader.getNamespaceURI()) && "board".equals(reader.getLocalName())) {
                    int line = reader.getLocation().getLineNumber();
                    String text = reader.getElementText();
                    try {
                        return Base64.getMimeDecoder().decode(text.strip());
                    } catch (IllegalArgumentException e) {
                        throw new IOException(picture + ":" + line + ": the board it carries is damaged (not base64: " + e.getMessage() + ")");
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new IOException(picture + (line > 0 ? ":" + line : "") + ": is not a readable SVG picture ("
                    + e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "") + ")", e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // a reader of a file being closed anyway
                }
            }
        }
        throw new IOException(picture + ": carries no board; it is a picture only (the whole-board pictures EventStorm Studio exports carry their board,"
                + " a picture of a selection does not)");
    }
}
