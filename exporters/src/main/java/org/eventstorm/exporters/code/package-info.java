/** Writing generated source: identifiers and literals from board names, line by line with indentation. */
package org.eventstorm.exporters.code;
