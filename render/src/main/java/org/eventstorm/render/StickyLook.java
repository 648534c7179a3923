package org.eventstorm.render;

import org.eventstorm.model.validate.Severity;

/**
 * How one sticky is drawn beyond its content: selection, hover, its findings, whether it is an open hotspot, whether it
 * is lit as part of a chain (the saga the saga panel shows).
 *
 * @param worst the most severe finding on it, or null
 */
public record StickyLook(boolean selected, boolean hovered, int findings, Severity worst, boolean openHotspot, boolean showLinkHandle,
        boolean highlighted) {
    /** A sticky as a picture shows it: no selection, no hover, no handles; findings and hotspot glow as given. */
    public static StickyLook plain(int findings, Severity worst, boolean openHotspot) {
        return new StickyLook(false, false, findings, worst, openHotspot, false, false);
    }
}
