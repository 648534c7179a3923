/** Schemas of event payloads for other tools: JSON Schema and Avro, from the schema fields on the board. */
package org.eventstorm.exporters.schema;
