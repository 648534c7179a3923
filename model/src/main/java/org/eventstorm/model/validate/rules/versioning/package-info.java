/** The validator's rules on event versions and versioning strategies (DESIGN.md section 3). */
package org.eventstorm.model.validate.rules.versioning;
