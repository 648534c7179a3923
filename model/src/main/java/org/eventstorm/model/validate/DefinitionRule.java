package org.eventstorm.model.validate;

import java.util.List;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;

/**
 * A validator rule on a saga or versioning strategy file. Its verdict may depend on the file and on the board's
 * stickies and settings, so the validator re-checks definitions when any of those change; boards hold few of them.
 */
public interface DefinitionRule extends RuleInfo {

    /** The kind of definition the rule checks. */
    DefinitionKind kind();

    /** The findings on one definition; each names a pointer into the file ({@code /saga/steps/1/compensation}). */
    List<Finding> check(DefinitionId id, Definition definition, ValidationContext context);
}
