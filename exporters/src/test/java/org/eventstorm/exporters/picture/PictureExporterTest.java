package org.eventstorm.exporters.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Golden;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.board.Boundary;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.EditBoundary;
import org.eventstorm.model.edit.MarkPivotal;
import org.eventstorm.model.file.BoardArchive;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.BoardFolders;
import org.eventstorm.render.BoardTheme;
import org.eventstorm.render.Rgba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class PictureExporterTest {
    @TempDir
    Path temp;

    private static LoadedBoard sample() throws IOException {
        return BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment"));
    }

    @Test
    void theWholeBoardIsDrawnWhereTheModelPutsEachStickyWithoutADisplay() throws Exception {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless(), "the exporters' tests run headless, as CI and the command line do");
        LoadedBoard loaded = sample();
        Path out = temp.resolve("out");
        TargetFolder target = TargetFolder.at(out);
        new PictureExporter().export(ExportInput.of(loaded), target);
        assertEquals(List.of("picture/board.svg", "picture/board.png"), target.written());
        Golden.assertMatches("picture", out, path -> path.endsWith(".svg"));

        BufferedImage png = ImageIO.read(out.resolve("picture/board.png").toFile());
        BoardPicture picture = BoardPicture.of(loaded.board(), ExportInput.of(loaded).links(), Set.of(), BoardTheme.LIGHT);
        assertEquals(picture.width(), png.getWidth());
        assertEquals(picture.height(), png.getHeight());
        assertEquals(1.0, picture.scale(), "the sample fits at 100 %");
        // Every sticky is painted in its kind's colour at its place: sample the note just inside its top-left corner.
        for (var entry : loaded.board().geometries().entrySet()) {
            Geometry g = entry.getValue();
            int x = (int) Math.round(g.x() - picture.area().minX() + BoardPicture.HEADER_ROOM + 4);
            int y = (int) Math.round(g.y() - picture.area().minY() + g.h() - 6);
            Rgba expected = BoardTheme.LIGHT.fill(entry.getKey().kind());
            assertColour(expected, png.getRGB(x, y), entry.getKey() + " at " + x + "," + y);
        }
    }

    @Test
    void theSvgIsWellFormedAndNamesEveryStickyOnce() throws Exception {
        LoadedBoard loaded = sample();
        String svg = BoardPicture.of(loaded.board(), ExportInput.of(loaded).links(), Set.of(), BoardTheme.LIGHT).svg();
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = document.getElementsByTagName("text");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            lines.add(texts.item(i).getTextContent());
        }
        String all = String.join(" ", lines);
        for (var sticky : loaded.board().stickies().values()) {
            for (String word : sticky.name().split(" ")) {
                assertTrue(all.contains(word), sticky.name() + " is written on the picture");
            }
        }
        assertTrue(lines.contains("Inventory") && lines.contains("inventory-service"), "lane headers are drawn");
        assertFalse(svg.contains("http://") && svg.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "nothing is fetched from the network");
    }

    @Test
    void aFreeNoteIsInThePictureInItsOwnColour() throws Exception {
        LoadedBoard loaded = sample();
        org.eventstorm.model.sticky.Sticky note = StickyKind.NOTE.create("Parking lot").with(org.eventstorm.model.sticky.Field.COLOR,
                org.eventstorm.model.sticky.Text.of("teal"));
        loaded.board().apply(org.eventstorm.model.edit.AddSticky.at(note, new Geometry(100, 1700, 160, 100)));
        String svg = BoardPicture.of(loaded.board(), ExportInput.of(loaded).links(), Set.of(), BoardTheme.LIGHT).svg();
        assertTrue(svg.contains(">Parking lot<"), "the note is written on the picture");
        assertTrue(svg.toUpperCase(java.util.Locale.ROOT).contains("#C3FAE8"), "in its teal");
    }

    @Test
    void theWorkshopsMarksAreInThePicture() throws Exception {
        LoadedBoard loaded = sample();
        loaded.board().apply(new MarkPivotal(List.of(StickyId.of(StickyKind.EVENT, "order-placed"))));
        loaded.board().apply(EditBoundary.add(new Boundary(1480, "Fulfilment begins")));
        String svg = BoardPicture.of(loaded.board(), ExportInput.of(loaded).links(), Set.of(), BoardTheme.LIGHT).svg();
        assertTrue(svg.contains(">PIVOTAL EVENT<"), "the pivotal event says so");
        assertTrue(svg.contains(">Fulfilment begins<"), "the boundary's label");
        assertTrue(svg.contains("stroke-dasharray"), "and its dashed line across the lanes");
    }

    @Test
    void aSelectionIsDrawnAloneWithTheArrowsBetweenItsStickies() throws Exception {
        LoadedBoard loaded = sample();
        StickyId placeOrder = StickyId.of(StickyKind.COMMAND, "place-order");
        StickyId orderPlaced = StickyId.of(StickyKind.EVENT, "order-placed");
        Path out = temp.resolve("selection");
        new PictureExporter().export(ExportInput.of(loaded).withSelection(List.of(placeOrder, orderPlaced)), TargetFolder.at(out));
        String svg = Files.readString(out.resolve("picture/selection.svg"));
        assertTrue(svg.contains(">Place Order<") && svg.contains(">Order Placed<"));
        assertFalse(svg.contains("Reserve Inventory"), "stickies outside the selection are left out");
        assertEquals(1, svg.split("<path ", -1).length - 1, "one arrow: Place Order produces Order Placed");
        BufferedImage png = ImageIO.read(out.resolve("picture/selection.png").toFile());
        assertTrue(png.getWidth() < 700 && png.getHeight() < 400, png.getWidth() + "x" + png.getHeight());
    }

    @Test
    void theBoardsPictureCarriesTheBoardAndASelectionsDoesNot() throws Exception {
        Path out = temp.resolve("carried");
        new PictureExporter().export(ExportInput.of(sample()), TargetFolder.at(out));
        BoardArchive.unpack(out.resolve("picture/board.svg"), temp.resolve("board"));
        assertEquals(BoardFolders.contents(BoardFolders.SAMPLES.resolve("order-fulfillment")), BoardFolders.contents(temp.resolve("board")));
        new PictureExporter().export(ExportInput.of(sample()).withSelection(List.of(StickyId.of(StickyKind.EVENT, "order-placed"))), TargetFolder.at(out));
        IOException none = assertThrows(IOException.class, () -> BoardArchive.unpack(out.resolve("picture/selection.svg"), temp.resolve("selection")));
        assertTrue(none.getMessage().contains("carries no board"), none.getMessage());
    }

    @Test
    void markupInNamesIsEscapedInTheSvg() throws Exception {
        LoadedBoard hostile = BoardReader.read(Path.of("src/test/resources/boards/hostile"));
        String svg = BoardPicture.of(hostile.board(), ExportInput.of(hostile).links(), Set.of(), BoardTheme.DARK).svg();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertFalse(svg.contains("<script"), "a name with markup stays text");
    }

    @Test
    void aVeryLargeBoardIsScaledToAPictureThatFitsInMemory() {
        var board = new org.eventstorm.model.generate.BoardGenerator(7).generate(5_000);
        BoardPicture picture = BoardPicture.of(board, org.eventstorm.model.link.BoardLinks.of(board), Set.of(), BoardTheme.LIGHT);
        assertTrue(picture.scale() < 1);
        assertTrue((long) picture.width() * picture.height() <= BoardPicture.MAX_PIXELS * 1.01, picture.width() + "x" + picture.height());
    }

    private static void assertColour(Rgba expected, int argb, String where) {
        int r = argb >> 16 & 0xFF;
        int g = argb >> 8 & 0xFF;
        int b = argb & 0xFF;
        int distance = Math.abs(r - expected.red()) + Math.abs(g - expected.green()) + Math.abs(b - expected.blue());
        assertTrue(distance <= 12, where + ": expected " + expected.hex() + " but was " + String.format("#%02X%02X%02X", r, g, b));
    }
}
