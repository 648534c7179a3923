package org.eventstorm.exporters.timeline;

import java.util.ArrayList;
import java.util.List;
import org.eventstorm.exporters.markdown.HotspotMark;
import org.eventstorm.exporters.markdown.MarkdownText;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.timeline.Mention;
import org.eventstorm.model.timeline.Part;
import org.eventstorm.model.timeline.Step;
import org.eventstorm.model.timeline.Timeline;
import org.eventstorm.model.timeline.WhyEmpty;

/** {@code timeline.md} in the feature spec's form: numbered steps, then the hotspots with their steps. */
final class TimelineMarkdown {
    private TimelineMarkdown() {
    }

    static String write(Timeline timeline, Board board) {
        StringBuilder out = new StringBuilder();
        out.append("# Event Storming Timeline: ").append(MarkdownText.escape(timeline.title())).append("\n\n");
        out.append("## ").append(MarkdownText.escape(timeline.journey())).append("\n\n");
        if (timeline.steps().isEmpty()) {
            String why = WhyEmpty.of(board);
            out.append("No steps yet: ").append(MarkdownText.escape(why)).append(".\n");
        }
        for (int i = 0; i < timeline.steps().size(); i++) {
            out.append(i + 1).append(". ").append(step(timeline.steps().get(i))).append('\n');
        }
        if (!timeline.compensations().isEmpty()) {
            out.append("\n## Compensations\n");
            for (Timeline.Compensation compensation : timeline.compensations()) {
                out.append("- ").append(part(new Part(List.of(Mention.of(compensation.undoes(), board.get(compensation.undoes()).name()))))).append(
                        " is undone by ").append(step(compensation.step())).append('\n');
            }
        }
        if (!timeline.hotspots().isEmpty()) {
            out.append("\n## Hotspots\n");
            for (Timeline.HotspotSteps entry : timeline.hotspots()) {
                Hotspot hotspot = (Hotspot) board.get(entry.hotspot());
                out.append("- ").append(HotspotMark.of(hotspot)).append(' ').append(MarkdownText.escape(hotspot.name()));
                if (!entry.steps().isEmpty()) {
                    out.append(entry.steps().size() == 1 ? " (step " : " (steps ");
                    out.append(String.join(", ", entry.steps().stream().map(String::valueOf).toList())).append(')');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A step as the feature spec writes it: its parts joined by arrows ({@code ←} when a read model informs an actor). */
    static String step(Step step) {
        List<String> written = new ArrayList<>();
        for (Part part : step.parts()) {
            written.add(part(part));
        }
        return String.join(step.informs() ? " \u2190 " : " \u2192 ", written);
    }

    /** {@code **Customer**}, {@code **[Place Order]**}, {@code `Order Placed`}, {@code **POLICY: Reserve Inventory**}. */
    static String part(Part part) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < part.mentions().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Mention mention = part.mentions().get(i);
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
