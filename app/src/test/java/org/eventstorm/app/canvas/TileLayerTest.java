package org.eventstorm.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.eventstorm.render.Area;
import org.eventstorm.render.Rgba;
import org.eventstorm.render.Surface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The tiles under the canvas: what panning draws (only what comes into view), what a local change draws (only the
 * tiles around it), and that tiles and cover put together give the very pixels of the board drawn in one piece.
 */
@ExtendWith(ApplicationExtension.class)
class TileLayerTest {
    private static final double WIDTH = 900;
    private static final double HEIGHT = 600;
    private final AtomicInteger painted = new AtomicInteger();
    /** The widest part of the board painted in one go since last reset, in pixels. */
    private double widestPainted;
    /** How long each painting takes at least: a zoom draws tiles for a time, so a known cost tells how many fit. */
    private long paintingNanos;

    /** A board of antialiased discs and text, crossing tile edges everywhere, in board units. */
    private final TileLayer.Painter board = (s, scale, originX, originY, world, left, top, right, bottom) -> {
        painted.incrementAndGet();
        widestPainted = Math.max(widestPainted, world.width() * scale);
        LockSupport.parkNanos(paintingNanos);
        s.transform(1, 0, 0);
        s.fill(new Rgba(246, 247, 249, 1));
        s.fillRect(left, top, right - left, bottom - top);
        s.transform(scale, originX, originY);
        for (int i = -20; i < 60; i++) {
            for (int j = -20; j < 40; j++) {
                double x = i * 97.3;
                double y = j * 71.9;
                if (!world.meets(x - 40, y - 40, x + 40, y + 40)) {
                    continue;
                }
                s.fill(new Rgba((i * 37) & 255, (j * 53) & 255, 120, 0.7));
                s.fillOval(x - 31.5, y - 31.5, 63, 63);
                s.fill(new Rgba(20, 20, 20, 1));
                s.font(Surface.Weight.SEMI_BOLD, 13);
                s.fillText("n" + i + "," + j, x, y, Surface.Align.CENTER, Surface.Baseline.CENTER);
            }
        }
    };

    private final TileLayer layer = new TileLayer();

    @Test
    void aNewViewIsDrawnInOnePieceAndAPanDrawsOnlyWhatComesIntoView(FxRobot robot) {
        robot.interact(() -> {
            layer.show(1, 0, 0, WIDTH, HEIGHT, board);
            assertEquals(1, layer.drawnLastFrame(), "the view is drawn at once, as the cover");
            layer.show(1, 0, 0, WIDTH, HEIGHT, board);
            assertTrue(layer.drawnLastFrame() <= 1, "an unmoved view draws at most one tile ahead");
            int before = painted.get();
            for (int frame = 1; frame <= 200; frame++) {
                layer.show(1, -14 * frame, -3 * frame, WIDTH, HEIGHT, board);
                assertTrue(layer.drawnLastFrame() <= tilesAcross(WIDTH) + tilesAcross(HEIGHT) + 1,
                        "frame " + frame + " drew " + layer.drawnLastFrame() + " tiles: only a row and a column can come into view");
            }
            double moved = Math.hypot(14 * 200, 3 * 200);
            assertTrue(painted.get() - before < 3 * (moved / TileLayer.SIZE + 1) * (tilesAcross(WIDTH) + tilesAcross(HEIGHT)),
                    "a long pan draws each tile it passes once, not every tile every frame: " + (painted.get() - before));
        });
    }

    @Test
    void aChangeInOnePlaceDrawsOnlyTheTilesAroundIt(FxRobot robot) {
        robot.interact(() -> {
            layer.show(1, 0, 0, WIDTH, HEIGHT, board);
            for (int frame = 1; frame <= 120; frame++) {
                layer.show(1, -14 * frame, 0, WIDTH, HEIGHT, board);
            }
            layer.show(1, -14 * 120, 0, WIDTH, HEIGHT, board);
            layer.invalidate(new Area(2000, 100, 2060, 160));
            layer.show(1, -14 * 120, 0, WIDTH, HEIGHT, board);
            assertTrue(layer.drawnLastFrame() >= 1 && layer.drawnLastFrame() <= 4, "drew " + layer.drawnLastFrame());
            layer.invalidate();
            layer.show(1, -14 * 120, 0, WIDTH, HEIGHT, board);
            assertEquals(1, layer.drawnLastFrame(), "a change of everything draws the view in one piece again");
        });
    }

    @Test
    void aZoomShowsAPictureOfTheBoardAndDrawsItSharpOnceItRests(FxRobot robot) {
        robot.interact(() -> {
            Pane holder = inAScene();
            View view = new View(1, -200, -100);
            show(view);
            paintingNanos = 1_000_000;
            for (int frame = 1; frame <= 30; frame++) {
                view = view.zoomedOutAroundTheMiddle(0.97);
                show(view);
                assertTrue(!layer.settled(), "frame " + frame + ": a zoom is not at rest");
                // a tile takes at least 1 ms here: a frame of a zoom spends about 2 ms on tiles, so draws three at most
                assertTrue(layer.drawnLastFrame() <= 3,
                        "frame " + frame + " of the zoom drew " + layer.drawnLastFrame() + " tiles: those its time allows, not the view");
            }
            paintingNanos = 0;
            assertRoughlyThePixels(snapshot(holder), inOnePiece(view), "the picture shown while zooming");
            int frames = 0;
            do {
                show(view);
                assertTrue(++frames < 60, "the view is drawn sharp within a second of the zoom's rest");
            } while (!layer.settled());
            assertSamePixels(snapshot(holder), inOnePiece(view), "at rest after the zoom");
        });
    }

    @Test
    void aNotchOfZoomOutIsDrawnSharpAFewTilesAFrameOverTheCoarsePicture(FxRobot robot) {
        robot.interact(() -> {
            Pane holder = inAScene();
            View view = pannedIntoTiles();
            for (int frame = 1; frame <= 4; frame++) {
                // a notch of the wheel out: the edges of the view come in, shown from coarse tiles for now
                view = view.zoomedOutAroundTheMiddle(0.95);
                show(view);
                if (frame == 1) {
                    assertRoughlyThePixels(snapshot(holder), inOnePiece(view), "the first frame of the zoom, put together from the tiles' pixels");
                }
            }
            int frames = 0;
            do {
                widestPainted = 0;
                show(view);
                assertTrue(layer.drawnLastFrame() <= TileLayer.TILES_PER_FRAME && widestPainted <= TileLayer.SIZE + 1,
                        "rest frame " + frames + " drew " + layer.drawnLastFrame() + " pieces " + widestPainted
                                + " pixels wide: a few tiles, not the whole view at once");
                assertTrue(++frames < 60, "the view is drawn sharp within a second of the zoom's rest");
            } while (!layer.settled());
            assertSamePixels(snapshot(holder), inOnePiece(view), "at rest after the notch");
        });
    }

    @Test
    void theTilesOfANewScaleAreDrawnIntoThePixelsOfThoseLetGo(FxRobot robot) {
        robot.interact(() -> {
            Pane holder = inAScene();
            View view = pannedIntoTiles();
            long madeAtFirst = layer.pixelsMade();
            int drawn = 0;
            for (int notch = 1; notch <= 3; notch++) {
                for (int frame = 1; frame <= 3; frame++) {
                    view = view.zoomedOutAroundTheMiddle(0.95);
                    show(view);
                }
                do {
                    show(view);
                    drawn += layer.drawnLastFrame();
                } while (!layer.settled());
            }
            long made = layer.pixelsMade() - madeAtFirst;
            assertTrue(drawn > 20 && made < drawn / 3,
                    "after three notches of zoom " + drawn + " tiles were drawn sharp at rest, " + made + " of them into new pixels");
            assertSamePixels(snapshot(holder), inOnePiece(view), "drawn into pixels used before");
        });
    }

    @Test
    void tilesAndCoverTogetherGiveThePixelsOfTheBoardDrawnInOnePiece(FxRobot robot) {
        double[][] views = {{0, 0}, {-350, -140}, {-1700, -900}};
        robot.interact(() -> {
            Pane holder = inAScene();
            layer.show(0.8, 0, 0, WIDTH, HEIGHT, board);
            for (int frame = 1; frame <= 100; frame++) {
                double t = frame / 100.0;
                layer.show(0.8, Math.round(views[1][0] * t), Math.round(views[1][1] * t), WIDTH, HEIGHT, board);
            }
            assertSamePixels(snapshot(holder), inOnePiece(0.8, views[1][0], views[1][1]), "cover and tiles");
            for (int frame = 1; frame <= 100; frame++) {
                double t = frame / 100.0;
                layer.show(0.8, Math.round(views[1][0] + (views[2][0] - views[1][0]) * t), Math.round(views[1][1] + (views[2][1] - views[1][1]) * t),
                        WIDTH, HEIGHT, board);
            }
            assertSamePixels(snapshot(holder), inOnePiece(0.8, views[2][0], views[2][1]), "tiles only");
        });
    }

    /** A view of the board: screen = world x scale + translate. */
    private record View(double scale, double translateX, double translateY) {
        /** The view a frame of zooming by {@code factor} around its middle shows, as the wheel zooms. */
        View zoomedOutAroundTheMiddle(double factor) {
            double next = scale * factor;
            return new View(next, WIDTH / 2 - (WIDTH / 2 - translateX) * factor, HEIGHT / 2 - (HEIGHT / 2 - translateY) * factor);
        }
    }

    private Pane inAScene() {
        Pane holder = new Pane(layer);
        holder.setClip(new Rectangle(WIDTH, HEIGHT));
        new javafx.scene.Scene(holder, WIDTH, HEIGHT);
        return holder;
    }

    private WritableImage inOnePiece(View view) {
        return inOnePiece(view.scale(), view.translateX(), view.translateY());
    }

    /** A view shown, then panned a little way, so that what shows is tiles and not the cover drawn in one piece. */
    private View pannedIntoTiles() {
        View view = new View(1, -200, -100);
        show(view);
        for (int pan = 1; pan <= 40; pan++) {
            view = new View(view.scale(), view.translateX() - 14, view.translateY() - 3);
            show(view);
        }
        return view;
    }

    private void show(View view) {
        layer.show(view.scale(), view.translateX(), view.translateY(), WIDTH, HEIGHT, board);
    }

    private static long tilesAcross(double length) {
        return (long) Math.ceil(length / TileLayer.SIZE) + 1;
    }

    private WritableImage inOnePiece(double scale, double translateX, double translateY) {
        DrawnPixels whole = new DrawnPixels(new PixelPool());
        Area world = new Area(-translateX / scale, -translateY / scale, (WIDTH - translateX) / scale, (HEIGHT - translateY) / scale);
        whole.draw(WIDTH, HEIGHT, 1, surface -> board.paint(surface, scale, translateX, translateY, world, 0, 0, WIDTH, HEIGHT));
        return snapshot(new Pane(whole));
    }

    private static WritableImage snapshot(javafx.scene.Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setViewport(new javafx.geometry.Rectangle2D(0, 0, WIDTH, HEIGHT));
        return node.snapshot(parameters, null);
    }

    /**
     * The picture shown while a zoom runs is coarse (the nearest pixel picked, partly from an older scale): most of its
     * pixels are still near those of the board drawn sharp. A picture scaled about the wrong point, or left blank,
     * differs at most of them.
     */
    private static void assertRoughlyThePixels(WritableImage actual, WritableImage expected, String what) {
        int near = 0;
        int all = 0;
        for (int y = 0; y < (int) HEIGHT; y += 3) {
            for (int x = 0; x < (int) WIDTH; x += 3) {
                int a = actual.getPixelReader().getArgb(x, y);
                int e = expected.getPixelReader().getArgb(x, y);
                int difference = Math.max(Math.abs((a >> 16 & 255) - (e >> 16 & 255)),
                        Math.max(Math.abs((a >> 8 & 255) - (e >> 8 & 255)), Math.abs((a & 255) - (e & 255))));
                near += difference <= 48 ? 1 : 0;
                all++;
            }
        }
        assertTrue(near > 0.8 * all, what + ": " + near + " of " + all + " pixels near those of the board drawn sharp");
    }

    private static void assertSamePixels(WritableImage actual, WritableImage expected, String what) {
        assertEquals("", SamePixels.differences(actual, expected), what + ", against the board drawn in one piece");
    }
}
