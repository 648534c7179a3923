package org.eventstorm.model.versioning;

import java.util.Map;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.sticky.StickyKind;

/** A versioning strategy file: which event it is about ({@code event: user.registered}) and how its versions evolve. */
public sealed interface VersioningStrategy extends Definition permits ParallelVersions, SingleWriter, ConsumerDrivenContracts {

    /** The event as the file names it: {@code user.registered}. */
    String event();

    StrategyType type();

    /** Top-level keys the tool does not know, in order. */
    Map<String, Object> extra();

    /** This strategy about another event name. */
    VersioningStrategy withEvent(String newEvent);

    @Override
    default DefinitionKind kind() {
        return DefinitionKind.STRATEGY;
    }

    @Override
    default String title() {
        return event() + " \u2014 " + type().word();
    }

    /** When the event it names by its name is renamed, the file follows in the dotted form ("user.signed.up"). */
    @Override
    default VersioningStrategy renamed(StickyKind kind, String oldName, String newName) {
        if (kind != StickyKind.EVENT || !StrategyEvents.namesByName(event(), oldName)) {
            return this;
        }
        return withEvent(StrategyEvents.dotted(newName));
    }
}
