package org.eventstorm.model.sticky;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Red: an open question, a risk or a disagreement the room could not settle ("Payment Race Condition"). */
public record Hotspot(StickyContent content) implements Sticky {
    public Hotspot {
        KindCheck.require(StickyKind.HOTSPOT, content);
    }

    @Override
    public StickyKind kind() {
        return StickyKind.HOTSPOT;
    }

    /** {@code low}, {@code medium}, {@code high} or {@code critical}, as written. */
    public Optional<String> severity() {
        return content.text(Field.SEVERITY);
    }

    /** {@code open} or {@code resolved}, as written; a hotspot with no status is open. */
    public Optional<String> status() {
        return content.text(Field.STATUS);
    }

    /** Resolved only with {@code status: resolved} and a written Resolution. */
    public boolean isResolved() {
        return status().map(value -> value.strip().toLowerCase(Locale.ROOT).equals("resolved")).orElse(false)
                && !resolution().isEmpty();
    }

    /** The stickies it concerns, by name ("Authorize Payment (policy)"). */
    public List<String> about() {
        return content.names(Field.ABOUT);
    }

    public Markdown issue() {
        return content.markdown(Field.ISSUE);
    }

    public List<String> impact() {
        return content.items(Field.IMPACT);
    }

    public List<String> stakeholders() {
        return content.items(Field.STAKEHOLDERS);
    }

    public List<String> needsClarification() {
        return content.items(Field.NEEDS_CLARIFICATION);
    }

    public List<String> proposedSolution() {
        return content.items(Field.PROPOSED_SOLUTION);
    }

    public Markdown resolution() {
        return content.markdown(Field.RESOLUTION);
    }
}
