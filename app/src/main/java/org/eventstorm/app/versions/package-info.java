/**
 * The versions panel: an event's versions with their status, sunset and compatibility, the differences between any
 * two, and the versioning strategies about the event, each chosen and edited here as one undoable edit.
 */
package org.eventstorm.app.versions;
