package org.eventstorm.model.timeline;

import java.util.List;
import java.util.Optional;
import org.eventstorm.model.sticky.StickyId;

/**
 * One place in a timeline step: one or more names of a kind (the feature spec writes them {@code **Customer**},
 * {@code **[Place Order]**}, {@code `Order Placed`}, {@code **POLICY: Reserve Inventory**}).
 */
public record Part(List<Mention> mentions) {
    public Part {
        mentions = List.copyOf(mentions);
    }

    /** The stickies of this part (names written only as text have none). */
    public List<StickyId> ids() {
        return mentions.stream().map(Mention::sticky).flatMap(Optional::stream).toList();
    }

    public List<String> names() {
        return mentions.stream().map(Mention::name).toList();
    }
}
