/**
 * Finding one's way on a board without a mouse: the neighbour in a direction, search across names and text, the
 * timeline's steps in order.
 */
package org.eventstorm.model.navigate;
