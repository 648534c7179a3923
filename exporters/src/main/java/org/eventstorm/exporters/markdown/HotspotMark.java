package org.eventstorm.exporters.markdown;

import org.eventstorm.model.sticky.Hotspot;

/** The mark a hotspot gets in generated markdown: red while open (as in the feature spec's timeline), a check once resolved. */
public final class HotspotMark {
    private HotspotMark() {
    }

    public static String of(Hotspot hotspot) {
        return hotspot.isResolved() ? "\u2705" : "\uD83D\uDD34";
    }
}
