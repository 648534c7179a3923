/**
 * The versioning export: each versioned event's strategies, a JSON Schema and an Avro schema per version, and code in
 * Java and TypeScript for the producer that publishes to several versions and the transformer that turns the
 * canonical version into each one consumers ask for. The generators share one {@link
 * org.eventstorm.exporters.versioning.VersionPlan}.
 */
package org.eventstorm.exporters.versioning;
