package org.eventstorm.exporters.picture;

import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eventstorm.exporters.PngImages;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.Link;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.render.Area;
import org.eventstorm.render.ArrowPainter;
import org.eventstorm.render.BoardTheme;
import org.eventstorm.render.Java2dSurface;
import org.eventstorm.render.LanePainter;
import org.eventstorm.render.StickyLook;
import org.eventstorm.render.StickyPainter;
import org.eventstorm.render.Surface;
import org.eventstorm.render.SvgSurface;

/**
 * A picture of a board, or of some of its stickies, drawn by the canvas's own painters: swimlanes with their headers,
 * arrows, stickies with open hotspots glowing. Editing marks (selection, hover, handles, finding badges) are left out:
 * the picture is for slides and documents. Shown at 100 % unless that would exceed {@link #MAX_PIXELS}; a larger
 * board is scaled down, and far out its names drop away as they do on the canvas.
 */
public final class BoardPicture {
    /** Board units around what is shown. */
    static final double MARGIN = 40;
    /** Pixels kept on the left for the lane headers, as the canvas keeps when it fits a board with lanes. */
    static final double HEADER_ROOM = 150;
    /** About 64 MB of image in memory at most; a whole 5,000-sticky board fits at about a quarter of full size. */
    static final long MAX_PIXELS = 16_000_000L;
    static final int MAX_SIDE = 12_000;

    private final Board board;
    private final Set<StickyId> shown;
    private final List<Link> links;
    private final BoardTheme theme;
    private final Area area;
    private final double left;
    private final double scale;
    private final int width;
    private final int height;

    private BoardPicture(Board board, Set<StickyId> shown, List<Link> links, BoardTheme theme, Area area, double left) {
        this.board = board;
        this.shown = shown;
        this.links = links;
        this.theme = theme;
        this.area = area;
        double fit = Math.min(1, Math.sqrt(MAX_PIXELS / Math.max(1, (area.width() + left) * area.height())));
        fit = Math.min(fit, Math.min(MAX_SIDE / (area.width() + left), MAX_SIDE / area.height()));
        this.scale = fit;
        this.left = left;
        this.width = Math.max(1, (int) Math.ceil(area.width() * scale + left));
        this.height = Math.max(1, (int) Math.ceil(area.height() * scale));
    }

    /**
     * The picture of {@code only} (every sticky when empty) of {@code board}, with the arrows between shown stickies.
     *
     * @param links the board's links, as {@code BoardLinks.of} reads them
     */
    public static BoardPicture of(Board board, List<Link> links, Collection<StickyId> only, BoardTheme theme) {
        TreeSet<StickyId> shown = new TreeSet<>();
        for (StickyId id : only.isEmpty() ? board.ids() : only) {
            if (board.contains(id) && board.geometry(id).isPresent()) {
                shown.add(id);
            }
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (StickyId id : shown) {
            Geometry g = board.geometry(id).orElseThrow();
            minX = Math.min(minX, g.x());
            minY = Math.min(minY, g.y());
            maxX = Math.max(maxX, g.right());
            maxY = Math.max(maxY, g.bottom());
        }
        if (shown.isEmpty()) {
            minX = 0;
            minY = 0;
            maxX = 400;
            maxY = 240;
        }
        boolean lanes = false;
        for (BoundedContext context : board.settings().contexts()) {
            if (context.swimlane() == null) {
                continue;
            }
            if (only.isEmpty()) {
                minY = Math.min(minY, context.swimlane().y());
                maxY = Math.max(maxY, context.swimlane().bottom());
                lanes = true;
            } else {
                lanes |= context.swimlane().bottom() >= minY && context.swimlane().y() <= maxY;
            }
        }
        Area area = new Area(minX, minY, maxX, maxY).grow(MARGIN);
        if (only.isEmpty() && lanes) {
            // The lanes are the board's own edges: no margin above the first or below the last.
            area = new Area(area.minX(), minY, area.maxX(), maxY);
        }
        return new BoardPicture(board, Collections.unmodifiableSortedSet(shown), links, theme, area, lanes ? HEADER_ROOM : 0);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The board rectangle the picture shows, to the right of the lane headers' room. */
    public Area area() {
        return area;
    }

    /** Pixels per board unit: 1 for a board that fits, less for a larger one. */
    public double scale() {
        return scale;
    }

    /** Draws the picture onto {@code s}, whose pixels are {@link #width()} by {@link #height()}. */
    public void paint(Surface s) {
        s.transform(1, 0, 0);
        s.fill(theme.background());
        s.fillRect(0, 0, width, height);
        double translateX = left - area.minX() * scale;
        double translateY = -area.minY() * scale;
        s.transform(scale, translateX, translateY);
        Area visible = new Area(area.minX() - left / scale, area.minY(), area.maxX(), area.maxY());
        LanePainter lanes = new LanePainter();
        lanes.paintBands(s, board.settings().contexts(), visible, theme, scale);
        lanes.paintBoundaries(s, board.settings().contexts(), board.settings().boundaries(), visible, theme, scale);
        ArrowPainter arrows = new ArrowPainter();
        for (Link link : links) {
            if (shown.contains(link.from()) && shown.contains(link.to())) {
                ArrowPainter.Curve curve = ArrowPainter.curve(board.geometry(link.from()).orElseThrow(), board.geometry(link.to()).orElseThrow());
                arrows.paint(s, curve, link.rule(), false, theme, scale);
            }
        }
        StickyPainter stickies = new StickyPainter();
        for (StickyId id : shown) {
            Sticky sticky = board.get(id);
            boolean openHotspot = sticky instanceof Hotspot hotspot && !hotspot.isResolved();
            stickies.paint(s, sticky, board.geometry(id).orElseThrow(), StickyLook.plain(0, null, openHotspot), theme, scale);
        }
        lanes.paintBoundaryLabels(s, board.settings().contexts(), board.settings().boundaries(), visible, theme, scale);
        s.transform(1, 0, 0);
        new LanePainter().paintHeaders(s, board.settings().contexts(), y -> y * scale + translateY, height, theme);
    }

    /** The picture as an SVG document. */
    public String svg() {
        return svg("");
    }

    /** The picture as an SVG document with {@code metadata} (a {@code <metadata>} element, or nothing) before the drawing. */
    public String svg(String metadata) {
        SvgSurface surface = new SvgSurface(width, height, board.settings().title());
        if (!metadata.isEmpty()) {
            surface.metadata(metadata);
        }
        paint(surface);
        return surface.document();
    }

    /** The picture as PNG bytes, drawn without a display. */
    public byte[] png() {
        return PngImages.encode(image());
    }

    /** The picture as an image in memory. */
    public BufferedImage image() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Java2dSurface surface = new Java2dSurface(image);
        try {
            paint(surface);
        } finally {
            surface.dispose();
        }
        return image;
    }
}
