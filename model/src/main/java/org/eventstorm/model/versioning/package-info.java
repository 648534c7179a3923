/**
 * Event versioning (Feature 3.3): the versions of an event with their schemas, how two versions compare (backward,
 * forward, full, breaking), and the three strategy files of {@code versioning/}: parallel versions, single writer,
 * consumer-driven contracts.
 */
package org.eventstorm.model.versioning;
