package org.eventstorm.app.canvas;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Pixels let go of by tiles no longer shown, kept for the next tiles of their size. Every step of a zoom lets go of a
 * view's worth of tiles and draws as many new: drawing into pixels at hand spares the heap a quarter of a megabyte a
 * tile and the renderer a new texture (the image shown stays the same, so its texture does). Pixels let go of in a
 * frame are taken again from the next frame on, once the renderer can no longer be showing them where they were.
 */
final class PixelPool {
    /**
     * The pixels kept at most: 32 MB, two views' worth of 256-pixel tiles or five 1600 x 1000 covers; the oldest go
     * first (a resized window leaves pixels of sizes no longer drawn).
     */
    private static final long KEPT_PIXELS = 8L << 20;

    /** Pixels drawn with Java2D and shown by JavaFX: the same {@code int[]} seen as a Java2D image and as a JavaFX one. */
    record Pixels(BufferedImage image, int[] argb, PixelBuffer<IntBuffer> buffer, WritableImage shown) {
        static Pixels of(int across, int down) {
            BufferedImage image = new BufferedImage(across, down, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(across, down, IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance());
            return new Pixels(image, argb, buffer, new WritableImage(buffer));
        }

        int across() {
            return image.getWidth();
        }

        int down() {
            return image.getHeight();
        }
    }

    private final ArrayDeque<Pixels> kept = new ArrayDeque<>();
    private final List<Pixels> givenThisFrame = new ArrayList<>();
    private long keptPixels;
    private long made;

    /** New blank pixels of {@code across} x {@code down}, for when none are kept. */
    Pixels make(int across, int down) {
        made++;
        return Pixels.of(across, down);
    }

    /** Kept pixels of {@code across} x {@code down}, as they were left (the caller clears them), or null. */
    Pixels take(int across, int down) {
        for (Iterator<Pixels> it = kept.iterator(); it.hasNext();) {
            Pixels pixels = it.next();
            if (pixels.across() == across && pixels.down() == down) {
                it.remove();
                keptPixels -= pixels.argb().length;
                return pixels;
            }
        }
        return null;
    }

    /** Takes back pixels no longer shown; they can be taken again from the next frame on. */
    void give(Pixels pixels) {
        givenThisFrame.add(pixels);
    }

    /** A new frame: what was given back in the last one can be taken. */
    void nextFrame() {
        for (Pixels pixels : givenThisFrame) {
            kept.addFirst(pixels);
            keptPixels += pixels.argb().length;
        }
        givenThisFrame.clear();
        while (keptPixels > KEPT_PIXELS) {
            keptPixels -= kept.removeLast().argb().length;
        }
    }

    /** How many pixels were made so far, not taken from those kept (for tests). */
    long made() {
        return made;
    }
}
