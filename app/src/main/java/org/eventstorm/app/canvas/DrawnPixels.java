package org.eventstorm.app.canvas;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.scene.image.ImageView;
import org.eventstorm.render.Java2dSurface;
import org.eventstorm.render.Surface;

/**
 * Part of the board drawn with Java2D on the calling thread and shown as it is: a tile or the cover. Its pixels are
 * ready when it is drawn, wherever it is (a canvas's drawing would wait for the renderer until it is on screen, so a
 * column of tiles drawn ahead of a pan would all be rasterised in the frame it comes into view).
 */
final class DrawnPixels extends ImageView {
    private final PixelPool pool;
    private PixelPool.Pixels pixels;

    DrawnPixels(PixelPool pool) {
        this.pool = pool;
        setManaged(false);
        setMouseTransparent(true);
    }

    /**
     * Draws {@code width} x {@code height} (in the scene's units) afresh: {@code paint} gets a surface whose unit is a
     * scene unit, in pixels of the screen ({@code pixelScale} a unit).
     */
    void draw(double width, double height, double pixelScale, Consumer<Surface> paint) {
        int across = Math.max(1, (int) Math.ceil(width * pixelScale));
        int down = Math.max(1, (int) Math.ceil(height * pixelScale));
        // pixels drawn before (here or by a tile let go of) are cleared first; new ones are blank
        boolean clear = true;
        if (pixels == null || pixels.across() != across || pixels.down() != down) {
            release();
            pixels = pool.take(across, down);
            if (pixels == null) {
                pixels = pool.make(across, down);
                clear = false;
            }
            setImage(pixels.shown());
        }
        setFitWidth(pixelScale == 1 ? 0 : width);
        setFitHeight(pixelScale == 1 ? 0 : height);
        boolean cleared = clear;
        // the pixels are changed within the buffer's update, as PixelBuffer asks
        pixels.buffer().updateBuffer(b -> {
            if (cleared) {
                Arrays.fill(pixels.argb(), 0);
            }
            Java2dSurface surface = new Java2dSurface(pixels.image(), pixelScale);
            try {
                paint.accept(surface);
            } finally {
                surface.dispose();
            }
            return null;
        });
    }

    /** Gives the pixels back to the pool: this is no longer shown. */
    void release() {
        if (pixels != null) {
            setImage(null);
            pool.give(pixels);
            pixels = null;
        }
    }

    /**
     * Copies the pixels drawn, shown one to a scene unit, into {@code target} ({@code width} x {@code height}) with
     * their top left corner at {@code x, y}; what falls outside is left out.
     */
    void copyTo(int[] target, int width, int height, int x, int y) {
        if (pixels == null) {
            return;
        }
        int across = pixels.across();
        int from = Math.max(0, -x);
        int to = Math.min(across, width - x);
        if (from >= to) {
            return;
        }
        for (int row = Math.max(0, -y); row < Math.min(pixels.down(), height - y); row++) {
            System.arraycopy(pixels.argb(), row * across + from, target, (y + row) * width + x + from, to - from);
        }
    }
}
