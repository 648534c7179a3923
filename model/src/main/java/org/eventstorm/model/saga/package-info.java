/**
 * Saga definitions in the feature spec's DSL (Feature 3.2): a distributed transaction as steps, each a command sent to
 * a service with its compensation, timeout and retry, ordered by {@code depends_on}; derived from the board's policy
 * chains or written by hand.
 */
package org.eventstorm.model.saga;
