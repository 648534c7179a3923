/** Editors the panels share: a table of records edited cell by cell, each change committed as the whole new list. */
package org.eventstorm.app.forms;
