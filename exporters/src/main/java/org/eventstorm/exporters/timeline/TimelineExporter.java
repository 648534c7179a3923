package org.eventstorm.exporters.timeline;

import guru.nidi.graphviz.model.MutableGraph;
import java.io.IOException;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.graphviz.GraphvizLayout;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.timeline.Timeline;
import org.eventstorm.model.timeline.WhyEmpty;
import org.eventstorm.model.timeline.TimelineBuilder;

/** {@code timeline/timeline.md} in the feature spec's numbered form, and the same story drawn as {@code timeline.svg} and {@code timeline.png}. */
public final class TimelineExporter implements Exporter {
    /**
     * The picture shows at most this many steps: a picture of thousands of steps is read by no one, and Graphviz
     * (run in the JVM's JavaScript engine) needs seconds and more memory than it has for it. The markdown has them all.
     */
    static final int PICTURE_STEPS = 200;

    @Override
    public String id() {
        return "timeline";
    }

    @Override
    public String title() {
        return "Timeline (markdown, SVG, PNG)";
    }

    @Override
    public void export(ExportInput input, TargetFolder target) throws IOException {
        LinkIndex links = new LinkIndex(input.links());
        Timeline timeline = new TimelineBuilder(input.board(), links).build();
        target.write("timeline/timeline.md", TimelineMarkdown.write(timeline, input.board()));
        if (timeline.steps().isEmpty()) {
            target.note("no steps: " + WhyEmpty.of(input.board()));
        }
        MutableGraph graph = TimelineGraph.of(timeline, input.board(), links, PICTURE_STEPS);
        String svg = GraphvizLayout.svg(graph);
        target.write("timeline/timeline.svg", svg);
        target.write("timeline/timeline.png", SvgRaster.png(svg, "timeline"));
    }

    /** The board's timeline. */
    public static Timeline timeline(ExportInput input) {
        return new TimelineBuilder(input.board(), new LinkIndex(input.links())).build();
    }
}
