package org.eventstorm.app.canvas;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.eventstorm.exporters.picture.Area;

/**
 * The board under the view, kept drawn while only the view moves, so that a pan costs what the screen costs and not
 * what the board holds (the software renderer would otherwise draw every sticky in view at every frame).
 *
 * <p>When most of the view must be drawn anew (a new zoom, an edit, the theme) it is drawn in one piece, the
 * <em>cover</em>, the size of the view. Panning moves the cover and fills what comes into view with square tiles of
 * {@value #SIZE} pixels, each drawn once and then only moved. A change of how a few stickies look (hovered, selected)
 * draws again just the tiles around them. Tiles sit on whole pixels: a move by a fraction of a pixel draws anew.
 */
final class TileLayer extends Region {
    static final int SIZE = 256;

    /**
     * Paints the part {@code world} of the board into the pixels {@code left, top} to {@code right, bottom} of a surface
     * that maps the board with {@code scale} and origin ({@code pixel = world x scale + origin}).
     */
    interface Painter {
        void paint(FxSurface surface, double scale, double originX, double originY, Area world, double left, double top, double right, double bottom);
    }

    private record Key(long column, long row) {
    }

    private static final class Tile {
        final Canvas canvas = new Canvas(SIZE, SIZE);
        long revision = -1;
        /** The board area the whole tile shows. */
        Area world;
    }

    private final Map<Key, Tile> tiles = new HashMap<>();
    private final Deque<Tile> spare = new ArrayDeque<>();
    private final Canvas cover = new Canvas();
    /** Where the cover is, in the layer's whole-pixel space (screen minus the view's whole-pixel offset): left, top, right, bottom. */
    private final double[] coverPlace = new double[4];
    private long coverRevision = -1;
    private Area coverWorld;
    private long revision;
    private double scale = Double.NaN;
    private double fractionX = Double.NaN;
    private double fractionY = Double.NaN;
    private int drawnLastFrame;
    private double lastBaseX;
    private double lastBaseY;

    TileLayer() {
        setManaged(false);
        setMouseTransparent(true);
        cover.setVisible(false);
        getChildren().add(cover);
    }

    /** What the board shows has changed: everything is drawn again before it is next shown. */
    void invalidate() {
        revision++;
    }

    /** What the board shows has changed inside {@code area} (board units): what meets it is drawn again. */
    void invalidate(Area area) {
        for (Tile tile : tiles.values()) {
            if (tile.world != null && tile.world.meets(area.minX(), area.minY(), area.maxX(), area.maxY())) {
                tile.revision = -1;
            }
        }
        if (coverWorld != null && coverWorld.meets(area.minX(), area.minY(), area.maxX(), area.maxY())) {
            coverRevision = -1;
        }
    }

    /**
     * Shows the board under a {@code width} x {@code height} view (screen = world x {@code scale} + translate),
     * drawing what is missing or out of date. Tiles more than a row or column outside the view are let go.
     */
    void show(double scale, double translateX, double translateY, double width, double height, FxSurface surface, Painter painter) {
        double baseX = Math.floor(translateX);
        double baseY = Math.floor(translateY);
        double fx = translateX - baseX;
        double fy = translateY - baseY;
        drawnLastFrame = 0;
        if (scale != this.scale || fx != fractionX || fy != fractionY) {
            tiles.values().forEach(this::retire);
            tiles.clear();
            coverRevision = -1;
            this.scale = scale;
            fractionX = fx;
            fractionY = fy;
        }
        long firstColumn = Math.floorDiv((long) -baseX, SIZE);
        long lastColumn = Math.floorDiv((long) (Math.ceil(width) - 1 - baseX), SIZE);
        long firstRow = Math.floorDiv((long) -baseY, SIZE);
        long lastRow = Math.floorDiv((long) (Math.ceil(height) - 1 - baseY), SIZE);
        for (Iterator<Map.Entry<Key, Tile>> it = tiles.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Tile> entry = it.next();
            Key key = entry.getKey();
            if (key.column() < firstColumn - 1 || key.column() > lastColumn + 1 || key.row() < firstRow - 1 || key.row() > lastRow + 1) {
                retire(entry.getValue());
                it.remove();
            } else {
                // shown again below if in view; one just outside stays hidden (it would sit where the view last left it)
                entry.getValue().canvas.setVisible(false);
            }
        }
        // The view in the layer's whole-pixel space.
        double viewLeft = -baseX;
        double viewTop = -baseY;
        double viewRight = viewLeft + width;
        double viewBottom = viewTop + height;
        boolean coverInDate = coverRevision == revision && coverPlace[0] < viewRight && coverPlace[2] > viewLeft
                && coverPlace[1] < viewBottom && coverPlace[3] > viewTop;
        if (!coverInDate && staleShare(firstColumn, lastColumn, firstRow, lastRow, viewLeft, viewTop, viewRight, viewBottom) > 0.5) {
            drawCover(surface, painter, fx, fy, viewLeft, viewTop, width, height);
            coverInDate = true;
        }
        cover.setVisible(coverInDate);
        if (coverInDate) {
            cover.relocate(coverPlace[0] + baseX, coverPlace[1] + baseY);
        } else {
            coverWorld = null;
        }
        for (long row = firstRow; row <= lastRow; row++) {
            for (long column = firstColumn; column <= lastColumn; column++) {
                double left = column * (double) SIZE;
                double top = row * (double) SIZE;
                double shownLeft = Math.max(left, viewLeft);
                double shownTop = Math.max(top, viewTop);
                double shownRight = Math.min(left + SIZE, viewRight);
                double shownBottom = Math.min(top + SIZE, viewBottom);
                Key key = new Key(column, row);
                if (coverInDate && coverPlace[0] <= shownLeft && coverPlace[1] <= shownTop && coverPlace[2] >= shownRight && coverPlace[3] >= shownBottom) {
                    continue;
                }
                Tile tile = tiles.computeIfAbsent(key, k -> take());
                tile.canvas.setVisible(true);
                if (tile.revision != revision) {
                    draw(tile, column, row, surface, painter, fx, fy);
                }
                tile.canvas.relocate(left + baseX, top + baseY);
            }
        }
        if (drawnLastFrame == 0) {
            drawAhead(firstColumn, lastColumn, firstRow, lastRow, baseX, baseY, surface, painter, fx, fy);
        }
        lastBaseX = baseX;
        lastBaseY = baseY;
        cover.toFront();
    }

    /**
     * In a frame that drew nothing else, draws one of the tiles just outside the view that is missing or out of date,
     * on the side the view moves towards first, so a steady pan finds its tiles drawn.
     */
    private void drawAhead(long firstColumn, long lastColumn, long firstRow, long lastRow, double baseX, double baseY, FxSurface surface,
                           Painter painter, double fx, double fy) {
        long columnAhead = baseX < lastBaseX ? lastColumn + 1 : baseX > lastBaseX ? firstColumn - 1 : Long.MIN_VALUE;
        long rowAhead = baseY < lastBaseY ? lastRow + 1 : baseY > lastBaseY ? firstRow - 1 : Long.MIN_VALUE;
        Key best = null;
        int bestRank = Integer.MAX_VALUE;
        for (long row = firstRow - 1; row <= lastRow + 1; row++) {
            for (long column = firstColumn - 1; column <= lastColumn + 1; column++) {
                if (row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn) {
                    continue;
                }
                Tile tile = tiles.get(new Key(column, row));
                if (tile != null && tile.revision == revision) {
                    continue;
                }
                int rank = (column == columnAhead ? 0 : 2) + (row == rowAhead ? 0 : 1);
                if (rank < bestRank) {
                    bestRank = rank;
                    best = new Key(column, row);
                }
            }
        }
        if (best != null) {
            Tile tile = tiles.computeIfAbsent(best, k -> take());
            draw(tile, best.column(), best.row(), surface, painter, fx, fy);
            tile.canvas.setVisible(false);
        }
    }

    private void draw(Tile tile, long column, long row, FxSurface surface, Painter painter, double fx, double fy) {
        double originX = fx - column * (double) SIZE;
        double originY = fy - row * (double) SIZE;
        tile.world = new Area(-originX / scale, -originY / scale, (SIZE - originX) / scale, (SIZE - originY) / scale);
        paint(surface.on(tile.canvas.getGraphicsContext2D()), painter, originX, originY, new double[] {0, 0, SIZE, SIZE});
        tile.revision = revision;
    }

    /** How many tiles (or the cover) the last {@link #show} drew. */
    int drawnLastFrame() {
        return drawnLastFrame;
    }

    /** How many tiles are kept (those in view and a row or column around it). */
    int tileCount() {
        return tiles.size();
    }

    /** The share of the view that tiles out of date (or missing) would have to draw. */
    private double staleShare(long firstColumn, long lastColumn, long firstRow, long lastRow, double viewLeft, double viewTop,
                              double viewRight, double viewBottom) {
        double stale = 0;
        for (long row = firstRow; row <= lastRow; row++) {
            for (long column = firstColumn; column <= lastColumn; column++) {
                Tile tile = tiles.get(new Key(column, row));
                if (tile == null || tile.revision != revision) {
                    double left = column * (double) SIZE;
                    double top = row * (double) SIZE;
                    stale += (Math.min(left + SIZE, viewRight) - Math.max(left, viewLeft)) * (Math.min(top + SIZE, viewBottom) - Math.max(top, viewTop));
                }
            }
        }
        return stale / Math.max(1, (viewRight - viewLeft) * (viewBottom - viewTop));
    }

    private void drawCover(FxSurface surface, Painter painter, double fx, double fy, double viewLeft, double viewTop, double width, double height) {
        cover.setWidth(Math.ceil(width));
        cover.setHeight(Math.ceil(height));
        double originX = fx - viewLeft;
        double originY = fy - viewTop;
        coverWorld = new Area(-originX / scale, -originY / scale, (cover.getWidth() - originX) / scale, (cover.getHeight() - originY) / scale);
        paint(surface.on(cover.getGraphicsContext2D()), painter, originX, originY, new double[] {0, 0, cover.getWidth(), cover.getHeight()});
        coverPlace[0] = viewLeft;
        coverPlace[1] = viewTop;
        coverPlace[2] = viewLeft + cover.getWidth();
        coverPlace[3] = viewTop + cover.getHeight();
        coverRevision = revision;
    }

    private void paint(FxSurface surface, Painter painter, double originX, double originY, double[] part) {
        painter.paint(surface, scale, originX, originY, new Area((part[0] - originX) / scale, (part[1] - originY) / scale,
                (part[2] - originX) / scale, (part[3] - originY) / scale), part[0], part[1], part[2], part[3]);
        drawnLastFrame++;
    }

    private Tile take() {
        Tile tile = spare.isEmpty() ? new Tile() : spare.pop();
        tile.revision = -1;
        tile.world = null;
        getChildren().add(tile.canvas);
        return tile;
    }

    private void retire(Tile tile) {
        getChildren().remove(tile.canvas);
        spare.push(tile);
    }
}
