package org.eventstorm.model.sticky;

import java.util.List;
import java.util.Optional;

/** Lilac: "whenever this event, then that command" ("Reserve Inventory"). */
public record Policy(StickyContent content) implements Sticky {
    public Policy {
        KindCheck.require(StickyKind.POLICY, content);
    }

    @Override
    public StickyKind kind() {
        return StickyKind.POLICY;
    }

    /** The event that sets it off, by name. */
    public Optional<String> triggerEvent() {
        return content.text(Field.TRIGGER_EVENT);
    }

    /** The command it issues, by name. */
    public Optional<String> issuesCommand() {
        return content.text(Field.ISSUES_COMMAND);
    }

    public Markdown whenever() {
        return content.markdown(Field.WHENEVER);
    }

    public List<String> then() {
        return content.items(Field.THEN);
    }

    public Markdown businessLogic() {
        return content.markdown(Field.BUSINESS_LOGIC);
    }
}
