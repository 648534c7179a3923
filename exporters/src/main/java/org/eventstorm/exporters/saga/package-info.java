/**
 * Saga exports: the DSL files with their JSON Schema, orchestrator code in Java, TypeScript and Go with generated
 * test scenarios, and state machines. The code generators share one {@link org.eventstorm.exporters.saga.SagaPlan}, a
 * language-neutral reading of the saga, and each turns board names into identifiers and literals its language accepts.
 */
package org.eventstorm.exporters.saga;
