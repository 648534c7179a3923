package org.eventstorm.exporters.timeline;

import java.util.List;
import org.eventstorm.exporters.markdown.HotspotMark;
import org.eventstorm.exporters.markdown.MarkdownText;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.sticky.Hotspot;

/** {@code timeline.md} in the feature spec's form: numbered steps, then the hotspots with their steps. */
final class TimelineMarkdown {
    private TimelineMarkdown() {
    }

    static String write(Timeline timeline, Board board) {
        StringBuilder out = new StringBuilder();
        out.append("# Event Storming Timeline: ").append(MarkdownText.escape(timeline.title())).append("\n\n");
        out.append("## ").append(MarkdownText.escape(timeline.journey())).append("\n\n");
        if (timeline.steps().isEmpty()) {
            out.append("No commands, events or read models on the board yet.\n");
        }
        for (int i = 0; i < timeline.steps().size(); i++) {
            out.append(i + 1).append(". ").append(timeline.steps().get(i).markdown()).append('\n');
        }
        if (!timeline.compensations().isEmpty()) {
            out.append("\n## Compensations\n");
            for (Timeline.Compensation compensation : timeline.compensations()) {
                out.append("- ").append(new Part(List.of(Mention.of(compensation.undoes(), board.get(compensation.undoes()).name()))).markdown())
                        .append(" is undone by ")
                        .append(compensation.step().markdown()).append('\n');
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
}
