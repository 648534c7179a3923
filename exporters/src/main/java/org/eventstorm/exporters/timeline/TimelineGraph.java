package org.eventstorm.exporters.timeline;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;
import static guru.nidi.graphviz.model.Factory.to;

import guru.nidi.graphviz.attribute.Attributes;
import guru.nidi.graphviz.attribute.Color;
import guru.nidi.graphviz.attribute.Font;
import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.attribute.Rank;
import guru.nidi.graphviz.attribute.Shape;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.timeline.Mention;
import org.eventstorm.model.timeline.Part;
import org.eventstorm.model.timeline.Step;
import org.eventstorm.model.timeline.Timeline;

/**
 * The timeline as a Graphviz graph read left to right: a node per sticky on the timeline, coloured by kind; an edge
 * per arrow of a step, and the chain between steps (a policy's command and the aggregate that handles it; the events
 * a read model is built from). An actor
 * gets a node of its own in every step, as on a storyboard. An edge back to an earlier step (a later command handled
 * by an aggregate met before) does not push that step to the right, so time keeps flowing left to right.
 * Labels go through graphviz-java, which quotes them.
 */
final class TimelineGraph {
    private static final String FONT = "DejaVu Sans";

    private final Board board;
    private final LinkIndex links;
    private final MutableGraph graph = mutGraph("timeline").setDirected(true);
    private final Map<String, MutableNode> nodes = new HashMap<>();
    private final Map<String, Integer> firstStep = new HashMap<>();
    private final Set<String> edges = new HashSet<>();

    private TimelineGraph(Board board, LinkIndex links) {
        this.board = board;
        this.links = links;
    }

    /** The graph of the first {@code maxSteps} steps; its title says when there are more. */
    static MutableGraph of(Timeline timeline, Board board, LinkIndex links, int maxSteps) {
        return new TimelineGraph(board, links).draw(timeline, maxSteps);
    }

    private MutableGraph draw(Timeline timeline, int maxSteps) {
        List<Step> steps = timeline.steps().subList(0, Math.min(maxSteps, timeline.steps().size()));
        String title = steps.size() < timeline.steps().size()
                ? timeline.title() + " (steps 1 to " + steps.size() + " of " + timeline.steps().size() + "; timeline.md has them all)"
                : timeline.title();
        graph.graphAttrs().add(Rank.dir(Rank.RankDir.LEFT_TO_RIGHT));
        graph.graphAttrs().add(Font.name(FONT));
        graph.graphAttrs().add(Label.of(title));
        graph.graphAttrs().add(Attributes.attr("labelloc", "t"));
        graph.graphAttrs().add(Attributes.attr("nodesep", "0.3"));
        graph.nodeAttrs().add(Shape.RECTANGLE, Attributes.attr("style", "filled,rounded"), Font.name(FONT), Font.size(11),
                Color.rgb("555555"));
        graph.linkAttrs().add(Color.rgb("777777"));
        for (int number = 1; number <= steps.size(); number++) {
            Step step = steps.get(number - 1);
            List<Part> parts = step.parts();
            for (Part part : parts) {
                for (Mention mention : part.mentions()) {
                    node(mention, number);
                }
            }
            for (int i = 0; i + 1 < parts.size(); i++) {
                for (Mention from : parts.get(i).mentions()) {
                    for (Mention to : parts.get(i + 1).mentions()) {
                        if (step.informs()) {
                            link(node(to, number), node(from, number));
                        } else {
                            link(node(from, number), node(to, number));
                        }
                    }
                }
            }
            for (Part part : parts) {
                for (StickyId id : part.ids()) {
                    if (id.kind() == StickyKind.POLICY) {
                        chain(id, number);
                    } else if (id.kind() == StickyKind.READ_MODEL && step.informs()) {
                        // What the read model tells the actor comes from events already on the timeline.
                        for (StickyId event : links.sources(LinkRule.EVENT_BUILDS_READ_MODEL, id)) {
                            if (nodes.containsKey(event.toString())) {
                                link(event.toString(), node(id, number));
                            }
                        }
                    }
                }
            }
        }
        return graph;
    }

    /** The policy's command, and the aggregates that handle it, where the next step starts. */
    private void chain(StickyId policy, int number) {
        for (StickyId command : links.targets(LinkRule.POLICY_ISSUES_COMMAND, policy)) {
            link(node(policy, number), node(command, number));
            for (StickyId handler : links.targets(LinkRule.COMMAND_HANDLED_BY_AGGREGATE, command)) {
                link(node(command, number), node(handler, number));
            }
        }
    }

    private String node(StickyId id, int step) {
        return node(Mention.of(id, board.get(id).name()), step);
    }

    /**
     * The node's name: the sticky's id (a name written only as text: its kind and name), and for an actor the step
     * too, as an actor appears in every step it acts in.
     */
    private String node(Mention mention, int step) {
        String key = mention.sticky().map(StickyId::toString).orElse(mention.kind().folder() + "/\"" + mention.name() + "\"");
        String name = mention.kind() == StickyKind.ACTOR ? key + "#" + step : key;
        nodes.computeIfAbsent(name, ignored -> {
            MutableNode node = mutNode(name).add(Label.of(mention.name()), Color.rgb(mention.kind().hex().substring(1)).fill());
            graph.add(node);
            firstStep.put(name, step);
            return node;
        });
        return name;
    }

    private void link(String source, String target) {
        if (edges.add(source + ">" + target)) {
            boolean backwards = firstStep.get(target) < firstStep.get(source);
            nodes.get(source).addLink(backwards ? to(nodes.get(target)).with(Attributes.attr("constraint", "false"))
                    : to(nodes.get(target)));
        }
    }
}
