package org.eventstorm.app.canvas;

import java.util.Arrays;
import java.util.List;

/**
 * Puts one picture together from pieces of others, each scaled by picking the nearest pixel, in layers: a piece of a
 * higher layer shows over the lower ones. Where a higher layer covers a block of the picture entirely, the lower layers
 * are not copied there at all, so a picture costs about one copy of its pixels however many layers it has.
 */
final class PixelMosaic {
    /** The side of the blocks the picture is judged in, in pixels. */
    private static final int BLOCK = 64;

    /**
     * A whole source image {@code sourceWidth} x {@code sourceHeight} in {@code layer}; the source's pixel at
     * {@code (x + 0.5) x ratio + originX} shows at the picture's pixel x (rows likewise). Unless {@code opaque}, the
     * source's pixels nothing was drawn on (zero) are left out. Pieces of one layer do not overlap.
     */
    record Piece(int layer, int[] pixels, int sourceWidth, int sourceHeight, boolean opaque, double ratio, double originX, double originY) {
        int firstX() {
            return (int) Math.ceil(-originX / ratio - 0.5);
        }

        int endX() {
            return (int) Math.ceil((sourceWidth - originX) / ratio - 0.5);
        }

        int firstY() {
            return (int) Math.ceil(-originY / ratio - 0.5);
        }

        int endY() {
            return (int) Math.ceil((sourceHeight - originY) / ratio - 0.5);
        }
    }

    private final int[] target;
    private final int width;
    private final int height;
    private final int columns;
    private final int rows;
    /** The highest layer that covers each block entirely with opaque pieces, or -1. */
    private final int[] owner;
    /** The source column of each pixel of the block being copied (a copy is at most a block wide). */
    private final int[] sourceColumns = new int[BLOCK];

    PixelMosaic(int[] target, int width, int height) {
        this.target = target;
        this.width = width;
        this.height = height;
        this.columns = (width + BLOCK - 1) / BLOCK;
        this.rows = (height + BLOCK - 1) / BLOCK;
        this.owner = new int[columns * rows];
    }

    /** Puts the picture together from {@code pieces} over {@code background} (premultiplied ARGB). */
    void assemble(List<Piece> pieces, int layers, int background) {
        Arrays.fill(owner, -1);
        long[] covered = new long[columns * rows];
        for (int layer = 0; layer < layers; layer++) {
            Arrays.fill(covered, 0);
            for (Piece piece : pieces) {
                if (piece.layer() == layer && piece.opaque()) {
                    forEachBlock(piece, (block, left, top, right, bottom) -> covered[block] += (long) (right - left) * (bottom - top));
                }
            }
            for (int block = 0; block < covered.length; block++) {
                if (covered[block] == blockArea(block)) {
                    owner[block] = layer;
                }
            }
        }
        for (int block = 0; block < owner.length; block++) {
            if (owner[block] < 0) {
                int left = block % columns * BLOCK;
                int top = block / columns * BLOCK;
                int right = Math.min(width, left + BLOCK);
                for (int y = top; y < Math.min(height, top + BLOCK); y++) {
                    Arrays.fill(target, y * width + left, y * width + right, background);
                }
            }
        }
        for (int layer = 0; layer < layers; layer++) {
            for (Piece piece : pieces) {
                if (piece.layer() == layer) {
                    int shownLayer = layer;
                    forEachBlock(piece, (block, left, top, right, bottom) -> {
                        if (owner[block] <= shownLayer) {
                            copy(piece, left, top, right, bottom);
                        }
                    });
                }
            }
        }
    }

    private long blockArea(int block) {
        int left = block % columns * BLOCK;
        int top = block / columns * BLOCK;
        return (long) (Math.min(width, left + BLOCK) - left) * (Math.min(height, top + BLOCK) - top);
    }

    private interface BlockPart {
        void accept(int block, int left, int top, int right, int bottom);
    }

    /** The part of the picture the piece shows, block by block (right and bottom exclusive). */
    private void forEachBlock(Piece piece, BlockPart part) {
        int firstX = Math.max(0, piece.firstX());
        int endX = Math.min(width, piece.endX());
        int firstY = Math.max(0, piece.firstY());
        int endY = Math.min(height, piece.endY());
        if (firstX >= endX || firstY >= endY) {
            return;
        }
        for (int row = firstY / BLOCK; row <= (endY - 1) / BLOCK; row++) {
            for (int column = firstX / BLOCK; column <= (endX - 1) / BLOCK; column++) {
                int left = Math.max(firstX, column * BLOCK);
                int top = Math.max(firstY, row * BLOCK);
                int right = Math.min(endX, (column + 1) * BLOCK);
                int bottom = Math.min(endY, (row + 1) * BLOCK);
                part.accept(row * columns + column, left, top, right, bottom);
            }
        }
    }

    /** Copies the piece into the picture's pixels {@code left, top} to {@code right, bottom} (exclusive). */
    private void copy(Piece piece, int left, int top, int right, int bottom) {
        int[] source = piece.pixels();
        int columnCount = right - left;
        for (int x = left; x < right; x++) {
            sourceColumns[x - left] = Math.min(piece.sourceWidth() - 1, Math.max(0, (int) Math.floor((x + 0.5) * piece.ratio() + piece.originX())));
        }
        int previousRow = -1;
        for (int y = top; y < bottom; y++) {
            int sourceRow = Math.min(piece.sourceHeight() - 1, Math.max(0, (int) Math.floor((y + 0.5) * piece.ratio() + piece.originY())))
                    * piece.sourceWidth();
            int at = y * width + left;
            if (sourceRow == previousRow && piece.opaque()) {
                // a row scaled up shows the same source row again: copy the row just made
                System.arraycopy(target, at - width, target, at, columnCount);
                continue;
            }
            previousRow = sourceRow;
            if (piece.opaque()) {
                for (int i = 0; i < columnCount; i++) {
                    target[at + i] = source[sourceRow + sourceColumns[i]];
                }
            } else {
                for (int i = 0; i < columnCount; i++) {
                    int pixel = source[sourceRow + sourceColumns[i]];
                    if (pixel != 0) {
                        target[at + i] = pixel;
                    }
                }
            }
        }
    }
}
