/**
 * The Import menu: documents from other tools (AsyncAPI) read and merged into the board as one edit, with what was
 * added, skipped or wrong said after each import.
 */
package org.eventstorm.app.importing;
