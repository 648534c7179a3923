/**
 * The saga panel: the board's saga definitions, one created from an event in a click, each shown with its steps,
 * findings and state machine while its chain lights up on the canvas.
 */
package org.eventstorm.app.saga;
