/** The validator's rules on event versions and versioning strategies. */
package org.eventstorm.model.validate.rules.versioning;
