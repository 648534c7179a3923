/** Rules about characters in board text that every reader and writer of the tool shares. */
package org.eventstorm.model.text;
