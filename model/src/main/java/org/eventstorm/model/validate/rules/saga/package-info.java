/** The validator's rules on saga definitions (DESIGN.md section 3): compensation, references, cycles, timeouts. */
package org.eventstorm.model.validate.rules.saga;
