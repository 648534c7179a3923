package org.eventstorm.app.canvas;

import org.eventstorm.model.validate.Severity;

/**
 * How one sticky is drawn beyond its content: selection, hover, its findings, whether it is an open hotspot.
 *
 * @param worst the most severe finding on it, or null
 */
record StickyLook(boolean selected, boolean hovered, int findings, Severity worst, boolean openHotspot, boolean showLinkHandle) {
}
