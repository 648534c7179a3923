package org.eventstorm.app.theme;

import javafx.scene.paint.Color;
import org.eventstorm.model.sticky.StickyKind;

/** The colours the canvas paints with, light or dark; sticky colours are the kinds' own in both. */
public record CanvasTheme(
        Color background,
        Color gridDot,
        Color laneEven,
        Color laneOdd,
        Color laneLine,
        Color laneTitle,
        Color laneSubtitle,
        Color stickyText,
        Color stickyKindLabel,
        Color arrow,
        Color arrowHighlight,
        Color accent,
        Color marqueeFill,
        Color error,
        Color warning,
        Color info,
        Color hotspotGlow,
        Color shadow) {

    public static final CanvasTheme LIGHT = new CanvasTheme(
            Color.web("#F6F7F9"), Color.web("#D5DAE1"), Color.web("#FFFFFF", 0.55), Color.web("#EDF0F4", 0.65),
            Color.web("#DDE2E9"), Color.web("#1F2937"), Color.web("#6B7280"), Color.web("#1B1F24"),
            Color.web("#1B1F24", 0.55), Color.web("#7D8796"), Color.web("#2563EB"), Color.web("#2563EB"),
            Color.web("#2563EB", 0.08), Color.web("#DC2626"), Color.web("#D97706"), Color.web("#2563EB"),
            Color.web("#EF4444"), Color.web("#0F172A", 0.16));

    public static final CanvasTheme DARK = new CanvasTheme(
            Color.web("#15181D"), Color.web("#2A3038"), Color.web("#1B1F26", 0.9), Color.web("#20252D", 0.9),
            Color.web("#2C333C"), Color.web("#E5E7EB"), Color.web("#9CA3AF"), Color.web("#15181D"),
            Color.web("#15181D", 0.6), Color.web("#8791A0"), Color.web("#60A5FA"), Color.web("#60A5FA"),
            Color.web("#60A5FA", 0.12), Color.web("#F87171"), Color.web("#FBBF24"), Color.web("#60A5FA"),
            Color.web("#F87171"), Color.web("#000000", 0.45));

    /** The paint of a kind's stickies. */
    public Color fill(StickyKind kind) {
        return Color.web(kind.hex());
    }

    /** A sticky's border: its own colour, a little darker. */
    public Color border(StickyKind kind) {
        return fill(kind).deriveColor(0, 1.05, 0.78, 1);
    }
}
