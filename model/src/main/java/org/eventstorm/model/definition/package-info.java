/**
 * The board's YAML definitions beside its stickies: saga definitions in {@code sagas/} and event versioning
 * strategies in {@code versioning/}. Like stickies they are board content: edited through the board, saved one
 * file each, checked by the validator.
 */
package org.eventstorm.model.definition;
