package org.eventstorm.exporters.timeline;

import com.kitfox.svg.SVGDiagram;
import com.kitfox.svg.SVGException;
import com.kitfox.svg.SVGUniverse;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import org.eventstorm.exporters.PngImages;
import org.eventstorm.render.JdkFontCache;

/**
 * An SVG drawn into a PNG in the JVM (svgSalamander, which graphviz-java itself rasterises with), so the graph is
 * laid out once for both files instead of once per format.
 */
public final class SvgRaster {
    /** The PNG is drawn a third larger than the SVG's size, so its text stays sharp when zoomed or put on a slide. */
    private static final double SCALE = 96.0 / 72.0;

    private SvgRaster() {
    }

    public static byte[] png(String svg, String name) throws IOException {
        JdkFontCache.place();
        SVGUniverse universe = new SVGUniverse();
        // Browsers read the colour "transparent"; svgSalamander takes it for a URL.
        String drawable = svg.replace("=\"transparent\"", "=\"none\"");
        URI uri = universe.loadSVG(new StringReader(drawable), name);
        SVGDiagram diagram = universe.getDiagram(uri);
        diagram.setIgnoringClipHeuristic(true);
        int width = Math.max(1, (int) Math.ceil(diagram.getWidth() * SCALE));
        int height = Math.max(1, (int) Math.ceil(diagram.getHeight() * SCALE));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.scale(SCALE, SCALE);
            diagram.render(graphics);
        } catch (SVGException e) {
            throw new IOException("the timeline picture could not be drawn: " + e.getMessage(), e);
        } finally {
            graphics.dispose();
        }
        return PngImages.encode(image);
    }
}
