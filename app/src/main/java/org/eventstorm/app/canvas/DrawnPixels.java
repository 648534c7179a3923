package org.eventstorm.app.canvas;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.eventstorm.exporters.picture.Java2dSurface;
import org.eventstorm.exporters.picture.Surface;

/**
 * Part of the board drawn with Java2D on the calling thread and shown as it is: a tile or the cover. Its pixels are
 * ready when it is drawn, wherever it is (a canvas's drawing would wait for the renderer until it is on screen, so a
 * column of tiles drawn ahead of a pan would all be rasterised in the frame it comes into view).
 */
final class DrawnPixels extends ImageView {
    private BufferedImage image;
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels;

    DrawnPixels() {
        setManaged(false);
        setMouseTransparent(true);
    }

    /**
     * Draws {@code width} x {@code height} (in the scene's units) afresh: {@code paint} gets a surface whose unit is a
     * scene unit, in pixels of the screen ({@code pixelScale} a unit).
     */
    void draw(double width, double height, double pixelScale, Consumer<Surface> paint) {
        int across = (int) Math.ceil(width * pixelScale);
        int down = (int) Math.ceil(height * pixelScale);
        boolean fresh = image == null || image.getWidth() != across || image.getHeight() != down;
        if (fresh) {
            image = new BufferedImage(Math.max(1, across), Math.max(1, down), BufferedImage.TYPE_INT_ARGB_PRE);
            pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            buffer = new PixelBuffer<>(image.getWidth(), image.getHeight(), IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            setImage(new WritableImage(buffer));
        }
        setFitWidth(pixelScale == 1 ? 0 : width);
        setFitHeight(pixelScale == 1 ? 0 : height);
        // the pixels are changed within the buffer's update, as PixelBuffer asks
        buffer.updateBuffer(b -> {
            if (!fresh) {
                Arrays.fill(pixels, 0);
            }
            Java2dSurface surface = new Java2dSurface(image, pixelScale);
            try {
                paint.accept(surface);
            } finally {
                surface.dispose();
            }
            return null;
        });
    }

    /**
     * Copies the pixels drawn, shown one to a scene unit, into {@code target} ({@code width} x {@code height}) with
     * their top left corner at {@code x, y}; what falls outside is left out.
     */
    void copyTo(int[] target, int width, int height, int x, int y) {
        if (image == null) {
            return;
        }
        int across = image.getWidth();
        int from = Math.max(0, -x);
        int to = Math.min(across, width - x);
        if (from >= to) {
            return;
        }
        for (int row = Math.max(0, -y); row < Math.min(image.getHeight(), height - y); row++) {
            System.arraycopy(pixels, row * across + from, target, (y + row) * width + x + from, to - from);
        }
    }
}
