package org.eventstorm.exporters.timeline;

import java.util.List;
import org.eventstorm.exporters.markdown.MarkdownText;
import org.eventstorm.model.sticky.StickyId;

/**
 * One place in a timeline step: one or more stickies of a kind, written as the feature spec writes them:
 * {@code **Customer**}, {@code **[Place Order]**}, {@code `Order Placed`}, {@code **POLICY: Reserve Inventory**}.
 */
public record Part(List<StickyId> ids, List<String> names) {
    public Part {
        ids = List.copyOf(ids);
        names = List.copyOf(names);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            String name = MarkdownText.escape(names.get(i));
            out.append(switch (ids.get(i).kind()) {
                case COMMAND -> "**[" + name + "]**";
                case EVENT, READ_MODEL -> MarkdownText.code(names.get(i));
                case POLICY -> "**POLICY: " + name + "**";
                default -> "**" + name + "**";
            });
        }
        return out.toString();
    }
}
