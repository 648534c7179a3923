package org.eventstorm.model.sticky;

import java.util.List;

/** Pink: a system outside the team's control that receives commands or produces events ("Payment Gateway"). */
public record ExternalSystem(StickyContent content) implements Sticky {
    public ExternalSystem {
        KindCheck.require(StickyKind.EXTERNAL_SYSTEM, content);
    }

    @Override
    public StickyKind kind() {
        return StickyKind.EXTERNAL_SYSTEM;
    }

    public Markdown description() {
        return content.markdown(Field.DESCRIPTION);
    }

    public List<String> receivesCommands() {
        return content.items(Field.RECEIVES_COMMANDS);
    }

    public List<String> producesEvents() {
        return content.items(Field.PRODUCES_EVENTS);
    }
}
