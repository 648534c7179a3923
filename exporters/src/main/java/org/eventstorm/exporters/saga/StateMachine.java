package org.eventstorm.exporters.saga;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;
import static guru.nidi.graphviz.model.Factory.to;

import guru.nidi.graphviz.attribute.Attributes;
import guru.nidi.graphviz.attribute.Color;
import guru.nidi.graphviz.attribute.Font;
import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.attribute.Rank;
import guru.nidi.graphviz.attribute.Shape;
import guru.nidi.graphviz.attribute.Style;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.ArrayList;
import java.util.List;
import org.eventstorm.model.saga.SagaNames;

/**
 * A saga as a state machine: from the start through each wave of steps to completed; from each wave's failure to the
 * compensation of what completed before it, then to failed. Drawn in the feature spec's ASCII form and as a Graphviz
 * graph in which every step has a success and a failure edge.
 */
public final class StateMachine {
    private final SagaPlan plan;

    public StateMachine(SagaPlan plan) {
        this.plan = plan;
    }

    /** The feature spec's form: each row a wave, and beside it what a failure there compensates. */
    public String ascii() {
        String title = plan.written() + " State Machine";
        StringBuilder out = new StringBuilder(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        List<String> rows = new ArrayList<>();
        plan.waves().forEach(wave -> rows.add(String.join(" \u2016 ", wave.stream().map(index -> stepName(plan.steps().get(index))).toList())));
        if (rows.isEmpty()) {
            return out.append("[Start] \u2192 [Completed]\n").toString();
        }
        int width = rows.stream().mapToInt(String::length).max().orElse(0) + 2;
        out.append("[Start] \u2192 ").append(rows.get(0));
        String first = compensationOf(0);
        out.append(first.isEmpty() ? "" : "  \u2192 [Compensate: " + first + "] \u2192 [Failed]").append('\n');
        for (int wave = 1; wave < rows.size(); wave++) {
            out.append("           \u2193 Success  \u2193 Failure\n");
            out.append("           \u2193          \u2193\n");
            String compensation = compensationOf(wave);
            out.append("    ").append(pad(rows.get(wave), width)).append("\u2192 ")
                    .append(compensation.isEmpty() ? "" : "[Compensate: " + compensation + "] \u2192 ").append("[Failed]\n");
        }
        out.append("           \u2193 Success\n");
        out.append("           \u2193\n");
        out.append("       [Completed]\n");
        return out.toString();
    }

    /** The same machine for Graphviz: states as boxes, success edges down, failure edges to compensation and failed. */
    public MutableGraph graph() {
        MutableGraph graph = mutGraph(plan.name().kebab() + "-state-machine").setDirected(true);
        graph.graphAttrs().add(Rank.dir(Rank.RankDir.TOP_TO_BOTTOM), Font.name("DejaVu Sans"), Label.of(plan.written() + " state machine"),
                Attributes.attr("labelloc", "t"));
        graph.nodeAttrs().add(Shape.RECTANGLE, Attributes.attr("style", "filled,rounded"), Font.name("DejaVu Sans"), Font.size(11),
                Color.rgb("74C0FC").fill(), Color.rgb("2B6CB0"));
        graph.linkAttrs().add(Font.name("DejaVu Sans"), Font.size(9));
        MutableNode start = terminal("Start", "D3F9D8");
        MutableNode completed = terminal("Completed", "8CE99A");
        MutableNode failed = terminal("Failed", "FF6B6B");
        graph.add(start, completed, failed);
        List<MutableNode> previous = List.of(start);
        for (int wave = 0; wave < plan.waves().size(); wave++) {
            List<MutableNode> current = new ArrayList<>();
            String compensation = compensationOf(wave);
            MutableNode onFailure = failed;
            if (!compensation.isEmpty()) {
                onFailure = mutNode("compensate-" + wave).add(Label.of("Compensate: " + compensation), Color.rgb("FFD8A8").fill(),
                        Color.rgb("C77B30"));
                onFailure.addLink(to(failed).with(Label.of("then")));
                graph.add(onFailure);
            }
            for (int index : plan.waves().get(wave)) {
                SagaPlan.Step step = plan.steps().get(index);
                MutableNode node = mutNode("step-" + index).add(Label.of(stepName(step) + "\n" + step.timeoutMillis() + " ms, "
                        + step.maxAttempts() + (step.maxAttempts() == 1 ? " attempt" : " attempts")));
                for (MutableNode before : previous) {
                    before.addLink(to(node).with(before == start ? Label.of("") : Label.of("success")));
                }
                node.addLink(to(onFailure).with(Label.of("failure"), Color.rgb("E03131"), Style.DASHED));
                current.add(node);
                graph.add(node);
            }
            previous = current;
        }
        for (MutableNode last : previous) {
            last.addLink(to(completed).with(last == start ? Label.of("") : Label.of("success")));
        }
        return graph;
    }

    private static MutableNode terminal(String name, String fill) {
        return mutNode(name.toLowerCase()).add(Label.of("[" + name + "]"), Shape.ELLIPSE, Color.rgb(fill).fill(), Color.rgb("555555"));
    }

    /**
     * What a failure in {@code wave} undoes: the compensations of the steps completed by then, in the order they run; a
     * single one by its full name, several by their first words ("Refund + Release"), as the feature spec writes them.
     */
    String compensationOf(int wave) {
        List<SagaPlan.Step> completed = new ArrayList<>();
        for (int earlier = 0; earlier < wave; earlier++) {
            plan.waves().get(earlier).forEach(index -> completed.add(plan.steps().get(index)));
        }
        List<SagaPlan.Step> order = new ArrayList<>(completed);
        if (plan.compensationOrder() == null) {
            java.util.Collections.reverse(order);
        } else {
            order.removeIf(step -> !plan.compensationOrder().contains(plan.steps().indexOf(step)));
            order.sort(java.util.Comparator.comparingInt(step -> plan.compensationOrder().indexOf(plan.steps().indexOf(step))));
        }
        List<String> names = order.stream().filter(SagaPlan.Step::compensable).map(step -> SagaNames.words(step.compensation().written())).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(" + ", names.stream().map(name -> name.split(" ")[0]).toList());
    }

    private static String stepName(SagaPlan.Step step) {
        return SagaNames.words(step.command().written());
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
