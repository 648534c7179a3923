package org.eventstorm.app.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.layout.Region;
import org.eventstorm.render.Area;
import org.eventstorm.render.Rgba;
import org.eventstorm.render.Surface;

/**
 * The board under the view, kept drawn while only the view moves, so that a pan or a zoom costs what the screen costs
 * and not what the board holds (the software renderer would otherwise draw every sticky in view at every frame).
 *
 * <p>When most of the view must be drawn anew and there is nothing to show meanwhile (an edit, the theme) it is drawn
 * in one piece, the <em>cover</em>, the size of the view. Panning moves the cover and fills what comes into view with
 * square tiles of {@value #SIZE} pixels, each drawn once and then only moved. A change of how a few stickies look
 * (hovered, selected) draws again just the tiles around them.
 *
 * <p>A zoom shows a {@link ZoomPicture}: what was on screen when it began and tiles drawn at fixed steps of scale
 * ({@link #stepBelow}), some 2 ms of them a frame, the holes first (from a step a quarter as fine), then from the middle
 * out. Once the zoom rests the view is drawn sharp over the picture, {@value #TILES_PER_FRAME} tiles a frame, and the
 * picture goes; a view that the picture shows badly (a jump to another scale) is drawn at once.
 */
final class TileLayer extends Region {
    static final int SIZE = 256;
    /** Tiles drawn in a frame at rest while the zoom picture shows meanwhile. */
    static final int TILES_PER_FRAME = 2;
    /**
     * Time a frame of a running zoom spends drawing the picture's tiles (Java2D: all of it on this thread, so timed).
     * With the picture's copy and the scene's own work a zoom frame takes the application thread some 9 ms, as long as
     * the renderer takes to show it; 4 ms here gave frames 2-3 ms longer at p95 (FrameBenchmark, 5,000 stickies).
     */
    private static final long ZOOM_BUDGET_NANOS = 2_000_000;
    /** The steps of scale a running zoom draws at: each the square root of two above the one below. */
    private static final double STEP = Math.sqrt(2);
    /**
     * More of the view than this showing nothing at all (not even the zoom picture's coarse tiles) is drawn at once at
     * rest rather than a few tiles a frame.
     */
    private static final double LARGEST_HOLE = 0.25;

    /**
     * Paints the part {@code world} of the board into the pixels {@code left, top} to {@code right, bottom} of a surface
     * that maps the board with {@code scale} and origin ({@code pixel = world x scale + origin}).
     */
    interface Painter {
        void paint(Surface surface, double scale, double originX, double originY, Area world, double left, double top, double right, double bottom);
    }

    private final ZoomPicture picture = new ZoomPicture();
    /** The pixels of tiles let go of, for the next tiles. */
    private final PixelPool pool = new PixelPool();
    private TileGeneration current;
    private long revision;
    /** The view of the last {@link #show}: scale, translate x, translate y. */
    private final double[] last = {Double.NaN, 0, 0};
    private int drawnLastFrame;
    private boolean settled = true;

    TileLayer() {
        setManaged(false);
        setMouseTransparent(true);
        getChildren().add(picture.node());
    }

    /** The board's colour, shown where nothing is drawn yet while a zoom runs. */
    void setBoardColour(Rgba colour) {
        picture.setBackground(0xFF000000 | colour.red() << 16 | colour.green() << 8 | colour.blue());
    }

    /** What the board shows has changed: everything is drawn again before it is next shown. */
    void invalidate() {
        revision++;
        picture.end();
    }

    /** Counts the changes of what the board shows: it moves on at each {@link #invalidate()}. */
    long revision() {
        return revision;
    }

    /** What the board shows has changed inside {@code area} (board units): what meets it is drawn again. */
    void invalidate(Area area) {
        if (current != null) {
            current.invalidate(area);
        }
    }

    /**
     * Shows the board under a {@code width} x {@code height} view (screen = world x {@code scale} + translate),
     * drawing what is missing or out of date, or a few tiles of it while the zoom picture shows meanwhile.
     */
    void show(double scale, double translateX, double translateY, double width, double height, Painter painter) {
        drawnLastFrame = 0;
        pool.nextFrame();
        boolean zooming = !Double.isNaN(last[0]) && scale != last[0] && (current != null || picture.isActive());
        if (zooming) {
            zoom(scale, translateX, translateY, width, height, painter);
        } else {
            rest(scale, translateX, translateY, width, height, painter);
        }
        last[0] = scale;
        last[1] = translateX;
        last[2] = translateY;
    }

    /** A frame of a running zoom: the picture, a few more of its tiles drawn at the step of scale below the view's. */
    private void zoom(double scale, double translateX, double translateY, double width, double height, Painter painter) {
        if (!picture.isActive()) {
            // a zoom begins from a view drawn at rest: current holds it
            picture.begin(this, current::copyShownTo, width, height, last[0], last[1], last[2], revision);
        }
        if (current != null) {
            letGo(current);
            current = null;
        }
        double step = stepBelow(scale);
        long began = System.nanoTime();
        // where nothing shows (the edges of a zoom out), tiles a quarter as fine first: each covers sixteen times the
        // board for much the same cost, so the holes close within a frame or two; then the step's own tiles
        for (double[] tile : missingTiles(step / 4, scale, translateX, translateY, width, height, true)) {
            if (System.nanoTime() - began > ZOOM_BUDGET_NANOS) {
                break;
            }
            picture.draw(step / 4, (long) tile[0], (long) tile[1], painter);
            drawnLastFrame++;
        }
        for (double[] tile : missingTiles(step, scale, translateX, translateY, width, height, false)) {
            if (System.nanoTime() - began > ZOOM_BUDGET_NANOS) {
                break;
            }
            picture.draw(step, (long) tile[0], (long) tile[1], painter);
            drawnLastFrame++;
        }
        picture.show(scale, translateX, translateY);
        settled = false;
    }

    /**
     * The tiles of the picture's step at {@code step} that the view needs and that are not drawn (only those over a
     * hole if {@code holesOnly}): column, row; those over holes first, then from the middle out.
     */
    private List<double[]> missingTiles(double step, double scale, double translateX, double translateY, double width, double height,
            boolean holesOnly) {
        int size = ZoomPicture.SIZE;
        double ratio = step / scale;
        long firstColumn = (long) Math.floor(-translateX * ratio / size);
        long lastColumn = (long) Math.floor(Math.nextDown((width - translateX) * ratio) / size);
        long firstRow = (long) Math.floor(-translateY * ratio / size);
        long lastRow = (long) Math.floor(Math.nextDown((height - translateY) * ratio) / size);
        double centreX = (width / 2 - translateX) / scale;
        double centreY = (height / 2 - translateY) / scale;
        List<double[]> missing = new ArrayList<>();
        for (long row = firstRow; row <= lastRow; row++) {
            for (long column = firstColumn; column <= lastColumn; column++) {
                if (picture.has(step, column, row)) {
                    continue;
                }
                Area world = new Area(column * (double) size / step, row * (double) size / step, (column + 1) * (double) size / step,
                        (row + 1) * (double) size / step);
                Area seen = new Area(Math.max(world.minX(), -translateX / scale), Math.max(world.minY(), -translateY / scale),
                        Math.min(world.maxX(), (width - translateX) / scale), Math.min(world.maxY(), (height - translateY) / scale));
                boolean overHole = unshownShare(seen, scale, ZoomPicture.SHOWS_WELL) > 0;
                if (overHole || !holesOnly) {
                    missing.add(new double[] {column, row, overHole ? 0 : 1,
                            Math.hypot((world.minX() + world.maxX()) / 2 - centreX, (world.minY() + world.maxY()) / 2 - centreY)});
                }
            }
        }
        missing.sort(Comparator.<double[]>comparingDouble(tile -> tile[2]).thenComparingDouble(tile -> tile[3]));
        return missing;
    }

    /** A frame at rest: the view drawn at its own scale, over the zoom picture while that is still needed. */
    private void rest(double scale, double translateX, double translateY, double width, double height, Painter painter) {
        double baseX = Math.floor(translateX);
        double baseY = Math.floor(translateY);
        double offsetX = translateX - baseX;
        double offsetY = translateY - baseY;
        if (current == null || !current.is(scale, offsetX, offsetY, pixelScale())) {
            if (current != null) {
                letGo(current);
            }
            current = new TileGeneration(scale, offsetX, offsetY, pixelScale(), pool);
            getChildren().add(current);
        }
        current.place(translateX, translateY, width, height);
        if (picture.isActive()) {
            picture.show(scale, translateX, translateY);
        }
        boolean complete = drawWhatIsMissing(painter);
        if (complete && drawnLastFrame == 0) {
            drawAhead(baseX, baseY, painter);
        }
        current.showInDate(revision);
        if (complete) {
            picture.end();
        }
        settled = complete;
    }

    /** Pixels of the screen to a unit of the scene: the window's render scale (2 on a screen of twice the density). */
    private double pixelScale() {
        return getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getRenderScaleX() : 1;
    }

    /** The step of scale at or below {@code scale} that a running zoom draws at. */
    static double stepBelow(double scale) {
        double step = Math.pow(STEP, Math.floor(Math.log(scale) / Math.log(STEP) + 1e-9));
        return step > scale ? step / STEP : step;
    }

    /**
     * Draws the tiles that the view needs: all of them (in one piece if most are missing) when too much of the view
     * would show nothing, else a few, those the zoom picture shows badly first, then from the middle out. Tells whether the view is then drawn
     * entirely.
     */
    private boolean drawWhatIsMissing(Painter painter) {
        long[] range = current.tilesInView();
        List<long[]> missing = new ArrayList<>();
        double stale = 0;
        double blank = 0;
        for (long row = range[2]; row <= range[3]; row++) {
            for (long column = range[0]; column <= range[1]; column++) {
                if (!current.inDate(column, row, revision)) {
                    double share = current.shareOfView(column, row);
                    Area seen = current.inView(current.worldOf(column, row));
                    boolean shownBadly = unshownShare(seen, current.scale, ZoomPicture.SHOWS_WELL) > 0;
                    missing.add(new long[] {column, row, shownBadly ? 0 : 1});
                    stale += share;
                    blank += share * unshownShare(seen, current.scale, ZoomPicture.SHOWS_COARSELY);
                }
            }
        }
        if (missing.isEmpty()) {
            return true;
        }
        if (blank > LARGEST_HOLE || !picture.isActive()) {
            if (stale > 0.5) {
                current.drawCover(revision, painter);
                drawnLastFrame++;
            } else {
                for (long[] tile : missing) {
                    current.draw(tile[0], tile[1], revision, painter);
                    drawnLastFrame++;
                }
            }
            return true;
        }
        missing.sort(Comparator.<long[]>comparingLong(tile -> tile[2]).thenComparingDouble(tile -> current.distanceFromCentre(tile[0], tile[1])));
        int drawn = Math.min(TILES_PER_FRAME, missing.size());
        for (int i = 0; i < drawn; i++) {
            current.draw(missing.get(i)[0], missing.get(i)[1], revision, painter);
            drawnLastFrame++;
        }
        return drawn == missing.size();
    }

    /**
     * How much of {@code world} (0 to 1) neither the view's own drawing shows nor the zoom picture from a source drawn
     * within a factor of {@code within} of the view's {@code scale}, judged at nine points spread over it.
     */
    private double unshownShare(Area world, double scale, double within) {
        int unshown = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double x = world.minX() + world.width() * (0.05 + 0.45 * i);
                double y = world.minY() + world.height() * (0.05 + 0.45 * j);
                if (!(current != null && current.shows(x, y, revision) || picture.shows(x, y, scale, within))) {
                    unshown++;
                }
            }
        }
        return unshown / 9.0;
    }

    /**
     * In a frame that drew nothing else, draws one of the tiles just outside the view that is missing or out of date,
     * on the side the view moves towards first, so a steady pan finds its tiles drawn.
     */
    private void drawAhead(double baseX, double baseY, Painter painter) {
        long[] range = current.tilesInView();
        double lastBaseX = Math.floor(last[1]);
        double lastBaseY = Math.floor(last[2]);
        long columnAhead = baseX < lastBaseX ? range[1] + 1 : baseX > lastBaseX ? range[0] - 1 : Long.MIN_VALUE;
        long rowAhead = baseY < lastBaseY ? range[3] + 1 : baseY > lastBaseY ? range[2] - 1 : Long.MIN_VALUE;
        long[] best = null;
        int bestRank = Integer.MAX_VALUE;
        for (long row = range[2] - 1; row <= range[3] + 1; row++) {
            for (long column = range[0] - 1; column <= range[1] + 1; column++) {
                boolean inView = row >= range[2] && row <= range[3] && column >= range[0] && column <= range[1];
                if (inView || current.inDate(column, row, revision)) {
                    continue;
                }
                int rank = (column == columnAhead ? 0 : 2) + (row == rowAhead ? 0 : 1);
                if (rank < bestRank) {
                    bestRank = rank;
                    best = new long[] {column, row};
                }
            }
        }
        if (best != null) {
            current.draw(best[0], best[1], revision, painter);
            drawnLastFrame++;
        }
    }

    /** How many tiles' pixels were made new rather than taken from tiles let go of (for tests). */
    long pixelsMade() {
        return pool.made();
    }

    /** How many tiles (or the cover) the last {@link #show} drew. */
    int drawnLastFrame() {
        return drawnLastFrame;
    }

    /**
     * Whether the last {@link #show} left the view drawn entirely at its own scale; if not, the next frames draw the
     * rest and should come.
     */
    boolean settled() {
        return settled;
    }

    private void letGo(TileGeneration generation) {
        generation.retireAll();
        getChildren().remove(generation);
    }
}
