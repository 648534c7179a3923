package org.eventstorm.app.canvas;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javafx.scene.layout.Region;
import org.eventstorm.render.Area;

/**
 * The board drawn at the view's scale: square tiles of {@value TileLayer#SIZE} pixels and a cover, in the drawing's
 * own pixel space ({@code pixel = world x scale + offset}, the offset being the view's translation less than a pixel),
 * all moved together by whole pixels as the view pans, so never resampled.
 */
final class TileGeneration extends Region {
    private record Key(long column, long row) {
    }

    private static final class Tile {
        final DrawnPixels pixels;
        long revision = -1;
        /** The board area the whole tile shows. */
        Area world;

        Tile(PixelPool pool) {
            pixels = new DrawnPixels(pool);
        }
    }

    final double scale;
    final double offsetX;
    final double offsetY;
    private final Map<Key, Tile> tiles = new HashMap<>();
    private final PixelPool pool;
    private final DrawnPixels cover;
    /** Where the cover is in the generation's pixel space: left, top, right, bottom. */
    private final double[] coverPlace = new double[4];
    private Area coverWorld;
    private long coverRevision = -1;
    /** The view in the generation's pixel space, as of the last {@link #place}: left, top, right, bottom. */
    private final double[] view = new double[4];

    /** Pixels of the screen to a unit of the scene. */
    private final double pixelScale;

    TileGeneration(double scale, double offsetX, double offsetY, double pixelScale, PixelPool pool) {
        this.pool = pool;
        this.cover = new DrawnPixels(pool);
        this.scale = scale;
        this.pixelScale = pixelScale;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
        setManaged(false);
        setMouseTransparent(true);
        cover.setVisible(false);
        getChildren().add(cover);
    }

    boolean is(double scale, double offsetX, double offsetY, double pixelScale) {
        return this.scale == scale && this.offsetX == offsetX && this.offsetY == offsetY && this.pixelScale == pixelScale;
    }

    /** Puts the drawing where a {@code width} x {@code height} view with this translation shows it. */
    void place(double translateX, double translateY, double width, double height) {
        double x = Math.rint(translateX - offsetX);
        double y = Math.rint(translateY - offsetY);
        relocate(x, y);
        view[0] = -x;
        view[1] = -y;
        view[2] = width - x;
        view[3] = height - y;
    }

    /** The columns and rows of tiles the view meets: first column, last column, first row, last row. */
    long[] tilesInView() {
        int size = TileLayer.SIZE;
        return new long[] {(long) Math.floor(view[0] / size), (long) Math.floor(Math.nextDown(view[2]) / size),
                (long) Math.floor(view[1] / size), (long) Math.floor(Math.nextDown(view[3]) / size)};
    }

    /** How much of the view (0 to 1) the tile shows. */
    double shareOfView(long column, long row) {
        double left = column * (double) TileLayer.SIZE;
        double top = row * (double) TileLayer.SIZE;
        double across = Math.min(left + TileLayer.SIZE, view[2]) - Math.max(left, view[0]);
        double down = Math.min(top + TileLayer.SIZE, view[3]) - Math.max(top, view[1]);
        return Math.max(0, across) * Math.max(0, down) / Math.max(1, (view[2] - view[0]) * (view[3] - view[1]));
    }

    /** How far the tile's centre is from the view's, in the generation's pixels. */
    double distanceFromCentre(long column, long row) {
        double half = TileLayer.SIZE / 2.0;
        return Math.hypot(column * (double) TileLayer.SIZE + half - (view[0] + view[2]) / 2,
                row * (double) TileLayer.SIZE + half - (view[1] + view[3]) / 2);
    }

    /** The board area a tile shows. */
    Area worldOf(long column, long row) {
        double left = column * (double) TileLayer.SIZE - offsetX;
        double top = row * (double) TileLayer.SIZE - offsetY;
        return new Area(left / scale, top / scale, (left + TileLayer.SIZE) / scale, (top + TileLayer.SIZE) / scale);
    }

    /** The part of {@code world} in view. */
    Area inView(Area world) {
        return new Area(Math.max(world.minX(), (view[0] - offsetX) / scale), Math.max(world.minY(), (view[1] - offsetY) / scale),
                Math.min(world.maxX(), (view[2] - offsetX) / scale), Math.min(world.maxY(), (view[3] - offsetY) / scale));
    }

    /** Whether the tile shows the board as of {@code revision}, itself or under the cover. */
    boolean inDate(long column, long row, long revision) {
        Tile tile = tiles.get(new Key(column, row));
        return tile != null && tile.revision == revision || coverHolds(column, row, revision);
    }

    private boolean coverHolds(long column, long row, long revision) {
        if (coverRevision != revision) {
            return false;
        }
        double left = Math.max(column * (double) TileLayer.SIZE, view[0]);
        double top = Math.max(row * (double) TileLayer.SIZE, view[1]);
        double right = Math.min((column + 1) * (double) TileLayer.SIZE, view[2]);
        double bottom = Math.min((row + 1) * (double) TileLayer.SIZE, view[3]);
        if (left >= right || top >= bottom) {
            return false;
        }
        return coverPlace[0] <= left && coverPlace[1] <= top && coverPlace[2] >= right && coverPlace[3] >= bottom;
    }

    /** Whether this generation shows the board point in date, in a tile or in the cover. */
    boolean shows(double worldX, double worldY, long revision) {
        double x = worldX * scale + offsetX;
        double y = worldY * scale + offsetY;
        Tile tile = tiles.get(new Key((long) Math.floor(x / TileLayer.SIZE), (long) Math.floor(y / TileLayer.SIZE)));
        return tile != null && tile.revision == revision
                || coverRevision == revision && coverPlace[0] <= x && x <= coverPlace[2] && coverPlace[1] <= y && y <= coverPlace[3];
    }

    /** Draws one tile as the board is at {@code revision}. */
    void draw(long column, long row, long revision, TileLayer.Painter painter) {
        Tile tile = tiles.computeIfAbsent(new Key(column, row), k -> take());
        double originX = offsetX - column * (double) TileLayer.SIZE;
        double originY = offsetY - row * (double) TileLayer.SIZE;
        tile.world = worldOf(column, row);
        tile.pixels.relocate(column * (double) TileLayer.SIZE, row * (double) TileLayer.SIZE);
        paint(tile.pixels, painter, originX, originY, TileLayer.SIZE, TileLayer.SIZE);
        tile.revision = revision;
        tile.pixels.setVisible(true);
    }

    /** Draws the whole view in one piece, as the board is at {@code revision}. */
    void drawCover(long revision, TileLayer.Painter painter) {
        double left = Math.floor(view[0]);
        double top = Math.floor(view[1]);
        double width = Math.ceil(view[2]) - left;
        double height = Math.ceil(view[3]) - top;
        cover.relocate(left, top);
        double originX = offsetX - left;
        double originY = offsetY - top;
        coverWorld = paint(cover, painter, originX, originY, width, height);
        coverPlace[0] = left;
        coverPlace[1] = top;
        coverPlace[2] = left + width;
        coverPlace[3] = top + height;
        coverRevision = revision;
    }

    /** Draws the board into {@code pixels}, {@code width} x {@code height} with the given origin; tells the board area drawn. */
    private Area paint(DrawnPixels pixels, TileLayer.Painter painter, double originX, double originY, double width, double height) {
        Area world = new Area(-originX / scale, -originY / scale, (width - originX) / scale, (height - originY) / scale);
        pixels.draw(width, height, pixelScale, surface -> painter.paint(surface, scale, originX, originY, world, 0, 0, width, height));
        return world;
    }

    /**
     * Shows what is in date at {@code revision} and hides the rest; lets go of the tiles more than a row or column
     * outside the view.
     */
    void showInDate(long revision) {
        int ring = 1;
        long[] range = tilesInView();
        for (Iterator<Map.Entry<Key, Tile>> it = tiles.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Key, Tile> entry = it.next();
            Key key = entry.getKey();
            Tile tile = entry.getValue();
            if (key.column() < range[0] - ring || key.column() > range[1] + ring || key.row() < range[2] - ring || key.row() > range[3] + ring) {
                retire(tile);
                it.remove();
            } else {
                tile.pixels.setVisible(tile.revision == revision);
            }
        }
        boolean coverShown = coverRevision == revision && coverPlace[0] < view[2] && coverPlace[2] > view[0] && coverPlace[1] < view[3]
                && coverPlace[3] > view[1];
        cover.setVisible(coverShown);
        if (!coverShown) {
            coverWorld = null;
            coverRevision = -1;
        }
    }

    /**
     * Copies what the generation shows (the cover and the tiles shown) into the pixels of a {@code width} x
     * {@code height} view, as they are on screen; only where a scene unit is a pixel. Tells whether it could.
     */
    boolean copyShownTo(int[] target, int width, int height) {
        if (pixelScale != 1) {
            return false;
        }
        int x = (int) Math.rint(getLayoutX());
        int y = (int) Math.rint(getLayoutY());
        if (cover.isVisible()) {
            cover.copyTo(target, width, height, x + (int) Math.rint(cover.getLayoutX()), y + (int) Math.rint(cover.getLayoutY()));
        }
        for (Tile tile : tiles.values()) {
            if (tile.pixels.isVisible()) {
                tile.pixels.copyTo(target, width, height, x + (int) Math.rint(tile.pixels.getLayoutX()), y + (int) Math.rint(tile.pixels.getLayoutY()));
            }
        }
        return true;
    }

    /** Marks what meets {@code area} (board units) to be drawn again. */
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

    /** Gives every tile back, for a generation no longer shown. */
    void retireAll() {
        tiles.values().forEach(this::retire);
        tiles.clear();
        cover.release();
    }

    /**
     * A tile of its own. Its node is not used again for other tiles: JavaFX would repaint all the screen between where
     * one was and where it is put, for it remembers where a node was shown last.
     */
    private Tile take() {
        Tile tile = new Tile(pool);
        tile.pixels.setVisible(false);
        getChildren().add(tile.pixels);
        return tile;
    }

    private void retire(Tile tile) {
        getChildren().remove(tile.pixels);
        tile.pixels.release();
    }
}
