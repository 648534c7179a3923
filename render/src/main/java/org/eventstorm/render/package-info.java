/**
 * The board as a picture, drawn one way for every surface: the app's canvas (JavaFX), a PNG (Java2D, no display
 * needed) and an SVG. The painters here hold what a sticky, an arrow and a swimlane look like; a {@link
 * org.eventstorm.render.Surface} turns their calls into pixels or markup, so the exported picture is the
 * canvas's own drawing, not an imitation of it.
 */
package org.eventstorm.render;
