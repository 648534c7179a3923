package org.eventstorm.exporters.timeline;

import java.util.List;
import java.util.Optional;
import org.eventstorm.exporters.markdown.MarkdownText;
import org.eventstorm.model.sticky.StickyId;

/**
 * One place in a timeline step: one or more names of a kind, written as the feature spec writes them:
 * {@code **Customer**}, {@code **[Place Order]**}, {@code `Order Placed`}, {@code **POLICY: Reserve Inventory**}.
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

    public String markdown() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < mentions.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Mention mention = mentions.get(i);
            String name = MarkdownText.escape(mention.name());
            out.append(switch (mention.kind()) {
                case COMMAND -> "**[" + name + "]**";
                case EVENT, READ_MODEL -> MarkdownText.code(mention.name());
                case POLICY -> "**POLICY: " + name + "**";
                default -> "**" + name + "**";
            });
        }
        return out.toString();
    }
}
