/** The validator's rules on saga definitions: compensation, references, cycles, timeouts. */
package org.eventstorm.model.validate.rules.saga;
