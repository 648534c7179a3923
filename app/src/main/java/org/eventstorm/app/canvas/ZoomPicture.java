package org.eventstorm.app.canvas;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;
import javafx.scene.paint.Color;
import org.eventstorm.render.Area;
import org.eventstorm.render.Java2dSurface;

/**
 * What the canvas shows while a zoom runs: one picture the size of the view, put together each frame from what was on
 * screen when the zoom began and from tiles drawn at fixed steps of scale, each scaled to the view by picking the
 * nearest pixel.
 *
 * <p>JavaFX's software renderer (this kind of machine has no GPU) takes some 35 ms to show a view-sized canvas scaled;
 * picking pixels here and showing the picture as it is takes a few. The tiles are drawn with Java2D by the canvas's
 * own painter: their pixels are at hand, where a canvas's would have to be read back from the render thread. The
 * picture is coarse while the zoom runs and the view is drawn sharp over it once the zoom rests (ADR 17).
 */
final class ZoomPicture {
    /** The picture's tiles are smaller than the canvas's: each is drawn within a frame's budget even where stickies crowd. */
    static final int SIZE = 128;
    /** Steps of scale kept, the nearest to the view's (a step's own and the coarse one its holes are filled from). */
    private static final int STEPS_KEPT = 4;
    private static final WritablePixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();

    private record Key(long column, long row) {
    }

    /** Puts what is on screen into {@code pixels}, a {@code width} x {@code height} view, if it can; tells whether it did. */
    interface ShownPixels {
        boolean copyInto(int[] pixels, int width, int height);
    }

    /** Pixels drawn at one scale: board point x maps to pixel x times {@code scale}. */
    private record Step(double scale, Map<Key, int[]> tiles) {
    }

    /** Pixels of what was on screen when the zoom began, with the view that showed them. */
    private record Start(int[] pixels, int width, int height, double scale, double translateX, double translateY, boolean opaque) {
    }

    private final ImageView view = new ImageView();
    private final List<Step> steps = new ArrayList<>();
    private Start start;
    private PixelBuffer<IntBuffer> buffer;
    private PixelMosaic mosaic;
    private long revision = -1;
    /** What shows where nothing is drawn yet: the board's colour, as premultiplied ARGB. */
    private int background = 0xFFFFFFFF;
    /** The view the picture was last put together for: scale, translate x, translate y. */
    private final double[] shownFor = {Double.NaN, 0, 0};

    ZoomPicture() {
        view.setManaged(false);
        view.setMouseTransparent(true);
        view.setVisible(false);
    }

    /** The board's colour, shown where nothing is drawn yet (the edges of a zoom out, for a frame or two). */
    void setBackground(int argb) {
        background = argb;
    }

    Node node() {
        return view;
    }

    boolean isActive() {
        return start != null;
    }

    /**
     * Begins a zoom from what {@code shown} shows (the tiles as they are on screen) under a view of {@code width} x
     * {@code height} with the given scale and translation, the board being as of {@code revision}. {@code copy} puts
     * what is on screen into the pixels it is given, if it can (the tiles' own pixels); else a snapshot of {@code shown}
     * is taken, which waits for the renderer.
     */
    void begin(Node shown, ShownPixels copy, double width, double height, double scale, double translateX, double translateY,
            long revision) {
        if (this.revision != revision) {
            steps.clear();
            this.revision = revision;
        }
        int w = (int) Math.ceil(width);
        int h = (int) Math.ceil(height);
        int[] taken = new int[w * h];
        if (!copy.copyInto(taken, w, h)) {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            parameters.setViewport(new Rectangle2D(0, 0, w, h));
            WritableImage image = shown.snapshot(parameters, null);
            image.getPixelReader().getPixels(0, 0, w, h, FORMAT, taken, 0, w);
        }
        boolean opaque = true;
        for (int pixel : taken) {
            if (pixel == 0) {
                opaque = false;
                break;
            }
        }
        start = new Start(taken, w, h, scale, translateX, translateY, opaque);
        if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
            int[] pixels = new int[w * h];
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), FORMAT);
            mosaic = new PixelMosaic(pixels, w, h);
            view.setImage(new WritableImage(buffer));
        }
        shownFor[0] = Double.NaN;
        view.relocate(0, 0);
        view.setVisible(true);
    }

    /** Lets go of the pixels: the view is drawn sharp again. */
    void end() {
        start = null;
        steps.clear();
        view.setVisible(false);
    }

    /** Whether a tile of the step at {@code scale} is drawn. */
    boolean has(double scale, long column, long row) {
        Step step = step(scale, false);
        return step != null && step.tiles().containsKey(new Key(column, row));
    }

    /** Draws a tile of the step at {@code scale} (board point x at pixel x times scale). */
    void draw(double scale, long column, long row, TileLayer.Painter painter) {
        double originX = -column * (double) SIZE;
        double originY = -row * (double) SIZE;
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
        Java2dSurface surface = new Java2dSurface(image);
        try {
            painter.paint(surface, scale, originX, originY,
                    new Area(-originX / scale, -originY / scale, (SIZE - originX) / scale, (SIZE - originY) / scale), 0, 0, SIZE, SIZE);
        } finally {
            surface.dispose();
        }
        step(scale, true).tiles().put(new Key(column, row), ((DataBufferInt) image.getRaster().getDataBuffer()).getData());
    }

    /** Sources drawn within this factor of the view's scale show it well; one further off is as good as a hole. */
    static final double SHOWS_WELL = 2;
    /** Sources drawn within this factor of the view's scale show at least something of it (coarse, blurred). */
    static final double SHOWS_COARSELY = 8;

    /**
     * Whether the picture shows the board point from a source (the start or a step) drawn at a scale within a factor
     * of {@code within} of {@code scale}.
     */
    boolean shows(double worldX, double worldY, double scale, double within) {
        if (start == null) {
            return false;
        }
        double x = worldX * start.scale() + start.translateX();
        double y = worldY * start.scale() + start.translateY();
        if (near(start.scale(), scale, within) && x >= 0 && y >= 0 && x < start.width() && y < start.height()) {
            return true;
        }
        for (Step step : steps) {
            long column = (long) Math.floor(worldX * step.scale() / SIZE);
            long row = (long) Math.floor(worldY * step.scale() / SIZE);
            if (near(step.scale(), scale, within) && step.tiles().containsKey(new Key(column, row))) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(double drawnAt, double scale, double within) {
        return drawnAt < scale * within && drawnAt > scale / within;
    }

    /**
     * Puts the picture together for the view from what was on screen at the start and the steps' tiles, whichever has
     * the scale nearest the view's on top ({@link PixelMosaic}). A view moved by whole pixels only moves the picture.
     */
    void show(double scale, double translateX, double translateY) {
        if (scale == shownFor[0]) {
            double dx = translateX - shownFor[1];
            double dy = translateY - shownFor[2];
            if (dx == Math.rint(dx) && dy == Math.rint(dy)) {
                view.relocate(dx, dy);
                return;
            }
        }
        shownFor[0] = scale;
        shownFor[1] = translateX;
        shownFor[2] = translateY;
        view.relocate(0, 0);
        // the layers by how near their scale is to the view's, the nearest on top: what was on screen at the start among them
        steps.sort(Comparator.comparingDouble((Step s) -> -Math.abs(Math.log(s.scale() / scale))));
        double startDistance = Math.abs(Math.log(start.scale() / scale));
        int startLayer = 0;
        while (startLayer < steps.size() && Math.abs(Math.log(steps.get(startLayer).scale() / scale)) > startDistance) {
            startLayer++;
        }
        List<PixelMosaic.Piece> pieces = new ArrayList<>();
        double ratio = start.scale() / scale;
        pieces.add(new PixelMosaic.Piece(startLayer, start.pixels(), start.width(), start.height(), start.opaque(), ratio,
                start.translateX() - translateX * ratio, start.translateY() - translateY * ratio));
        double left = -translateX / scale;
        double top = -translateY / scale;
        double right = (buffer.getWidth() - translateX) / scale;
        double bottom = (buffer.getHeight() - translateY) / scale;
        for (int index = 0; index < steps.size(); index++) {
            Step step = steps.get(index);
            int layer = index < startLayer ? index : index + 1;
            double stepRatio = step.scale() / scale;
            long firstColumn = (long) Math.floor(left * step.scale() / SIZE);
            long lastColumn = (long) Math.floor(right * step.scale() / SIZE);
            long firstRow = (long) Math.floor(top * step.scale() / SIZE);
            long lastRow = (long) Math.floor(bottom * step.scale() / SIZE);
            for (Map.Entry<Key, int[]> tile : step.tiles().entrySet()) {
                long column = tile.getKey().column();
                long row = tile.getKey().row();
                if (column >= firstColumn && column <= lastColumn && row >= firstRow && row <= lastRow) {
                    pieces.add(new PixelMosaic.Piece(layer, tile.getValue(), SIZE, SIZE, true, stepRatio,
                            -translateX * stepRatio - column * (double) SIZE, -translateY * stepRatio - row * (double) SIZE));
                }
            }
        }
        mosaic.assemble(pieces, steps.size() + 1, background);
        buffer.updateBuffer(b -> null);
    }

    private Step step(double scale, boolean create) {
        for (Step step : steps) {
            if (step.scale() == scale) {
                return step;
            }
        }
        if (!create) {
            return null;
        }
        Step step = new Step(scale, new HashMap<>());
        steps.add(step);
        if (steps.size() > STEPS_KEPT) {
            steps.sort(Comparator.comparingDouble((Step s) -> Math.abs(Math.log(s.scale() / scale))));
            steps.subList(STEPS_KEPT, steps.size()).clear();
        }
        return step;
    }
}
