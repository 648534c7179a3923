/**
 * The Export menu: the formats bound in {@code ExportModule}, run on a copy of the board off the FX thread, with
 * their progress in the status bar and the folder a click away when they are done.
 */
package org.eventstorm.app.export;
