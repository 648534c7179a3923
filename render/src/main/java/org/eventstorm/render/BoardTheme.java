package org.eventstorm.render;

import java.util.EnumMap;
import java.util.Map;
import org.eventstorm.model.sticky.NoteColors;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The colours a board is painted with, light or dark; sticky colours are the kinds' own in both. The shades the
 * painters use for glow rings, receding arrows and hover are worked out once here, not on every frame.
 */
public final class BoardTheme {
    public static final BoardTheme LIGHT = new BoardTheme("light",
            Rgba.web("#F6F7F9"), Rgba.web("#D5DAE1"), Rgba.web("#FFFFFF", 0.55), Rgba.web("#EDF0F4", 0.65),
            Rgba.web("#DDE2E9"), Rgba.web("#1F2937"), Rgba.web("#6B7280"), Rgba.web("#1B1F24"),
            Rgba.web("#1B1F24", 0.55), Rgba.web("#7D8796"), Rgba.web("#2563EB"), Rgba.web("#2563EB"),
            Rgba.web("#2563EB", 0.08), Rgba.web("#DC2626"), Rgba.web("#D97706"), Rgba.web("#2563EB"),
            Rgba.web("#EF4444"), Rgba.web("#0F172A", 0.16));

    public static final BoardTheme DARK = new BoardTheme("dark",
            Rgba.web("#15181D"), Rgba.web("#2A3038"), Rgba.web("#1B1F26", 0.9), Rgba.web("#20252D", 0.9),
            Rgba.web("#2C333C"), Rgba.web("#E5E7EB"), Rgba.web("#9CA3AF"), Rgba.web("#15181D"),
            Rgba.web("#15181D", 0.6), Rgba.web("#8791A0"), Rgba.web("#60A5FA"), Rgba.web("#60A5FA"),
            Rgba.web("#60A5FA", 0.12), Rgba.web("#F87171"), Rgba.web("#FBBF24"), Rgba.web("#60A5FA"),
            Rgba.web("#F87171"), Rgba.web("#000000", 0.45));

    private final String name;
    private final Rgba background;
    private final Rgba gridDot;
    private final Rgba laneEven;
    private final Rgba laneOdd;
    private final Rgba laneLine;
    private final Rgba laneTitle;
    private final Rgba laneSubtitle;
    private final Rgba laneHeaderFill;
    private final Rgba stickyText;
    private final Rgba stickyKindLabel;
    private final Rgba arrow;
    private final Rgba arrowReceding;
    private final Rgba arrowHighlight;
    private final Rgba accent;
    private final Rgba accentHover;
    private final Rgba marqueeFill;
    private final Rgba error;
    private final Rgba warning;
    private final Rgba info;
    private final Rgba hotspotGlow;
    private final Rgba[] hotspotRings = new Rgba[4];
    private final Rgba hotspotLink;
    private final Rgba hotspotLinkHighlighted;
    private final Rgba shadow;
    private final Rgba chain;
    private final Map<StickyKind, Rgba> fills = new EnumMap<>(StickyKind.class);
    private final Map<StickyKind, Rgba> borders = new EnumMap<>(StickyKind.class);
    private final Map<StickyKind, Rgba> dimmedFills = new EnumMap<>(StickyKind.class);

    private BoardTheme(String name, Rgba background, Rgba gridDot, Rgba laneEven, Rgba laneOdd, Rgba laneLine, Rgba laneTitle,
            Rgba laneSubtitle, Rgba stickyText, Rgba stickyKindLabel, Rgba arrow, Rgba arrowHighlight, Rgba accent,
            Rgba marqueeFill, Rgba error, Rgba warning, Rgba info, Rgba hotspotGlow, Rgba shadow) {
        this.name = name;
        this.background = background;
        this.gridDot = gridDot;
        this.laneEven = laneEven;
        this.laneOdd = laneOdd;
        this.laneLine = laneLine;
        this.laneTitle = laneTitle;
        this.laneSubtitle = laneSubtitle;
        this.laneHeaderFill = background.withAlpha(0.88);
        this.stickyText = stickyText;
        this.stickyKindLabel = stickyKindLabel;
        this.arrow = arrow;
        // Arrows back against the timeline (a read model informing an earlier actor) recede, so the flow reads first.
        this.arrowReceding = arrow.withAlpha(arrow.alpha() * 0.45);
        this.arrowHighlight = arrowHighlight;
        this.accent = accent;
        this.accentHover = accent.withAlpha(0.55);
        this.marqueeFill = marqueeFill;
        this.error = error;
        this.warning = warning;
        this.info = info;
        this.hotspotGlow = hotspotGlow;
        for (int ring = 1; ring <= 3; ring++) {
            hotspotRings[ring] = hotspotGlow.withAlpha(0.13 + 0.06 * (3 - ring));
        }
        this.hotspotLink = hotspotGlow.withAlpha(0.6);
        this.hotspotLinkHighlighted = hotspotGlow.withAlpha(0.95);
        this.shadow = shadow;
        this.chain = accent.withAlpha(0.32);
        for (StickyKind kind : StickyKind.values()) {
            Rgba fill = Rgba.web(kind.hex());
            fills.put(kind, fill);
            borders.put(kind, fill.derive(1.05, 0.78, 1));
            dimmedFills.put(kind, fill.withAlpha(0.22));
        }
    }

    /** {@code light} or {@code dark}. */
    public String name() {
        return name;
    }

    public Rgba background() {
        return background;
    }

    public Rgba gridDot() {
        return gridDot;
    }

    public Rgba laneEven() {
        return laneEven;
    }

    public Rgba laneOdd() {
        return laneOdd;
    }

    public Rgba laneLine() {
        return laneLine;
    }

    public Rgba laneTitle() {
        return laneTitle;
    }

    public Rgba laneSubtitle() {
        return laneSubtitle;
    }

    /** Behind a lane header, so it reads over the stickies it floats above. */
    public Rgba laneHeaderFill() {
        return laneHeaderFill;
    }

    public Rgba stickyText() {
        return stickyText;
    }

    public Rgba stickyKindLabel() {
        return stickyKindLabel;
    }

    public Rgba arrow() {
        return arrow;
    }

    public Rgba arrowReceding() {
        return arrowReceding;
    }

    public Rgba arrowHighlight() {
        return arrowHighlight;
    }

    public Rgba accent() {
        return accent;
    }

    public Rgba accentHover() {
        return accentHover;
    }

    public Rgba marqueeFill() {
        return marqueeFill;
    }

    public Rgba error() {
        return error;
    }

    public Rgba warning() {
        return warning;
    }

    public Rgba info() {
        return info;
    }

    public Rgba hotspotGlow() {
        return hotspotGlow;
    }

    /** The glow around an open hotspot, ring 1 (inner, strongest) to 3. */
    public Rgba hotspotRing(int ring) {
        return hotspotRings[ring];
    }

    public Rgba hotspotLink(boolean highlighted) {
        return highlighted ? hotspotLinkHighlighted : hotspotLink;
    }

    public Rgba shadow() {
        return shadow;
    }

    /** The halo of a sticky lit as part of a chain (the saga the saga panel shows). */
    public Rgba chain() {
        return chain;
    }

    /** The paint of a kind's stickies. */
    public Rgba fill(StickyKind kind) {
        return fills.get(kind);
    }

    /** A sticky's colour: its kind's, or the one a free note's {@code color:} names. */
    public Rgba fill(Sticky sticky) {
        return NoteColors.ownHex(sticky).map(Rgba::web).orElse(fills.get(sticky.kind()));
    }

    /** A sticky's border: its colour, a little darker. */
    public Rgba border(Sticky sticky) {
        return NoteColors.ownHex(sticky).map(hex -> Rgba.web(hex).derive(1.05, 0.78, 1)).orElse(borders.get(sticky.kind()));
    }

    /** A sticky's border: its own colour, a little darker. */
    public Rgba border(StickyKind kind) {
        return borders.get(kind);
    }

    /** A sticky the view filter dims: its colour, faint. */
    public Rgba dimmedFill(StickyKind kind) {
        return dimmedFills.get(kind);
    }

    @Override
    public String toString() {
        return name;
    }
}
