package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A picture that carries its board: unpacked by the archive's rules, also after an editor saved it again. */
class BoardInPictureTest {
    private static final String SVG_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n"
            + "<title>Board</title>\n";

    @TempDir
    Path temp;

    private Path picture(byte[] archive) throws IOException {
        Path svg = temp.resolve("board.svg");
        Files.writeString(svg, SVG_HEAD + BoardInPicture.metadata(archive) + "<rect width=\"10\" height=\"10\"/>\n</svg>\n");
        return svg;
    }

    @Test
    void theBoardInAPictureUnpacksToTheSameFilesByteForByte() throws IOException {
        Path sample = BoardFolders.SAMPLES.resolve("order-fulfillment");
        byte[] archive = BoardArchive.pack(filesOf(sample));
        Path packed = temp.resolve("order.storm");
        BoardArchive.pack(sample, packed);
        assertArrayEquals(Files.readAllBytes(packed), archive, "packing the files in memory gives the bytes packing the folder gives");
        Path svg = picture(archive);
        assertEquals(temp.resolve("board"), BoardArchive.folderFor(svg));
        assertEquals(39, BoardArchive.unpack(svg, temp.resolve("out")).files());
        assertEquals(BoardFolders.contents(sample), BoardFolders.contents(temp.resolve("out")));
    }

    @Test
    void aPictureSavedAgainByAnEditorThatKeepsMetadataStillCarriesTheBoard() throws Exception {
        Path svg = picture(BoardArchive.pack(filesOf(BoardFolders.SAMPLES.resolve("user-registration"))));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        // An editor's own prefix for the namespace, its own line length, its own indentation and its own attributes.
        Element board = (Element) document.getElementsByTagNameNS(BoardInPicture.NAMESPACE, "board").item(0);
        Element renamed = document.createElementNS(BoardInPicture.NAMESPACE, "es:board");
        String base64 = board.getTextContent().replaceAll("\\s", "");
        renamed.setTextContent("\n    " + String.join("\n    ", base64.split("(?<=\\G.{64})")) + "\n  ");
        renamed.setAttribute("encoding", "base64");
        board.getParentNode().replaceChild(renamed, board);
        document.getDocumentElement().setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:inkscape", "http://www.inkscape.org/namespaces/inkscape");
        document.getDocumentElement().setAttribute("inkscape:version", "1.2.2");
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        StringWriter resaved = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(resaved));
        Path edited = temp.resolve("edited.svg");
        Files.writeString(edited, resaved.toString());
        assertTrue(resaved.toString().contains("<es:board"), resaved.toString().substring(0, 400));
        BoardArchive.unpack(edited, temp.resolve("edited"));
        var expected = BoardFolders.contents(BoardFolders.SAMPLES.resolve("user-registration"));
        var actual = BoardFolders.contents(temp.resolve("edited"));
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertEquals(expected.get(file), actual.get(file), file);
        }
    }

    @Test
    void aPictureWithoutABoardSaysSo() throws IOException {
        Path svg = temp.resolve("plain.svg");
        Files.writeString(svg, SVG_HEAD + "</svg>\n");
        IOException refused = assertThrows(IOException.class, () -> BoardArchive.unpack(svg, temp.resolve("out")));
        assertEquals(svg + ": carries no board; it is a picture only (the whole-board pictures EventStorm Studio exports carry their board, a picture of"
                + " a selection does not)", refused.getMessage());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aDamagedBoardIsRefusedWhole() throws IOException {
        Path svg = temp.resolve("damaged.svg");
        Files.writeString(svg, SVG_HEAD + "<metadata><board xmlns=\"" + BoardInPicture.NAMESPACE + "\">not*base64!</board></metadata>\n</svg>\n");
        IOException refused = assertThrows(IOException.class, () -> BoardArchive.unpack(svg, temp.resolve("out")));
        assertTrue(refused.getMessage().startsWith(svg + ":4: the board it carries is damaged"), refused.getMessage());
        Path truncated = picture(new byte[] {'P', 'K', 3, 4, 1, 2});
        refused = assertThrows(IOException.class, () -> BoardArchive.unpack(truncated, temp.resolve("out")));
        assertTrue(refused.getMessage().startsWith(truncated + ": carries a damaged board"), refused.getMessage());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aCarriedArchiveThatWouldLeaveItsFolderIsRefusedAndHiddenFilesStayOut() throws IOException {
        Path svg = picture(zip("board.yaml", "title: Fine\n", "../escaped.md", "owned\n"));
        IOException refused = assertThrows(IOException.class, () -> BoardArchive.unpack(svg, temp.resolve("out")));
        assertTrue(refused.getMessage().startsWith(svg + ": the entry '../escaped.md'"), refused.getMessage());
        assertFalse(Files.exists(temp.resolve("escaped.md")));
        assertFalse(Files.exists(temp.resolve("out")));
        Path hidden = picture(zip("board.yaml", "title: Fine\n", ".git/hooks/post-checkout", "#!/bin/sh\nrm -rf ~\n"));
        BoardArchive.Result unpacked = BoardArchive.unpack(hidden, temp.resolve("fine"));
        assertEquals(1, unpacked.files());
        assertEquals("[.git/hooks/post-checkout (hidden)]", unpacked.leftOut().toString());
        assertFalse(Files.exists(temp.resolve("fine/.git")));
    }

    @Test
    void anOutsideEntityIsNeverRead() throws IOException {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "the secret");
        Path svg = temp.resolve("xxe.svg");
        Files.writeString(svg, "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata><board xmlns=\"" + BoardInPicture.NAMESPACE + "\">&x;</board></metadata></svg>\n");
        IOException refused = assertThrows(IOException.class, () -> BoardArchive.unpack(svg, temp.resolve("out")));
        assertFalse(refused.getMessage().contains("the secret"), refused.getMessage());
        assertTrue(refused.getMessage().startsWith(svg.toString()), refused.getMessage());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    /** The board's files as the exports have them: read by the board reader, as a save would write them. */
    private static java.util.SortedMap<String, String> filesOf(Path board) throws IOException {
        LoadedBoard loaded = BoardReader.read(board);
        return loaded.files().contents(loaded.board());
    }

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void theMetadataIsBase64InShortLines() {
        String metadata = BoardInPicture.metadata(new byte[200]);
        assertTrue(metadata.lines().allMatch(line -> line.length() <= 120), metadata);
        assertTrue(metadata.contains(Base64.getEncoder().encodeToString(new byte[200]).substring(0, 76)), metadata);
    }
}
