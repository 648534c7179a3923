/**
 * The live workshop: participants join the open board from their browsers and write on it while the facilitator runs
 * the room. The host (the app, or {@code eventstorm serve} without a window) is the one authority: a participant's
 * intent becomes the same {@link org.eventstorm.model.board.Edit} the canvas makes, applied on the board's own thread,
 * and what changed is sent to every page with the board's revision. The protocol is in
 * {@code src/site/markdown/workshop-protocol.md}.
 */
package org.eventstorm.workshop;
