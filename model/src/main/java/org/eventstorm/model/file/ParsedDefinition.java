package org.eventstorm.model.file;

import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;

/** A definition file read: what it defines and how it was written. */
record ParsedDefinition(DefinitionId id, Definition definition, DefinitionSource source) {
}
