package org.eventstorm.app.canvas;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * Compares two pictures of the canvas. Shapes drawn at other whole-pixel offsets (a tile, the view in one piece)
 * round the coverage of their edges differently: a unit here and there, up to a tenth of the range along curves (the
 * rasteriser flattens them from the absolute coordinates). A seam, a missing, stale or doubly drawn part differs by far
 * more: a selection's outline or a sticky against the background by half the range and more, over whole shapes.
 */
public final class SamePixels {
    /** The most a colour channel may differ by rounding. */
    public static final int ROUNDING = 2;
    /** The most a colour channel may differ on a shape's edge. */
    public static final int EDGE = 32;
    /** The share of pixels that may differ beyond rounding (edges). */
    public static final double EDGE_SHARE = 0.005;

    private SamePixels() {
    }

    /** Empty when the pictures agree up to rounding, else how many pixels differ, where, and the first few. */
    public static String differences(Image actual, Image expected) {
        PixelReader a = actual.getPixelReader();
        PixelReader e = expected.getPixelReader();
        int width = (int) Math.min(actual.getWidth(), expected.getWidth());
        int height = (int) Math.min(actual.getHeight(), expected.getHeight());
        int differing = 0;
        int wrong = 0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        StringBuilder first = new StringBuilder();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = a.getArgb(x, y);
                int q = e.getArgb(x, y);
                int difference = channelDifference(p, q);
                if (difference > EDGE) {
                    wrong++;
                }
                if (difference > ROUNDING) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                    if (differing++ < 3) {
                        first.append(String.format(" (%d,%d) %08x instead of %08x", x, y, p, q));
                    }
                }
            }
        }
        if (wrong == 0 && differing <= EDGE_SHARE * width * height) {
            return "";
        }
        return differing + " pixels differ (" + wrong + " by more than an edge's rounding) within " + minX + "," + minY + " - " + maxX + "," + maxY
                + ":" + first;
    }

    private static int channelDifference(int a, int b) {
        int most = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            most = Math.max(most, Math.abs(((a >> shift) & 255) - ((b >> shift) & 255)));
        }
        return most;
    }
}
