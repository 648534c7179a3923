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
import org.eventstorm.exporters.code.Words;
import org.eventstorm.model.saga.SagaPlan;
import org.eventstorm.model.saga.SagaStateMachine;

/** A saga's state machine drawn for Graphviz: every step has a success and a failure edge. */
final class StateMachineGraph {
    private StateMachineGraph() {
    }

    /** The same machine for Graphviz: states as boxes, success edges down, failure edges to compensation and failed. */
    static MutableGraph of(SagaStateMachine machine) {
        SagaPlan plan = machine.plan();
        MutableGraph graph = mutGraph(Words.of(plan.name()).orElse("saga", "saga").kebab() + "-state-machine").setDirected(true);
        graph.graphAttrs().add(Rank.dir(Rank.RankDir.TOP_TO_BOTTOM), Font.name("DejaVu Sans"), Label.of(plan.name() + " state machine"),
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
            String compensation = machine.compensationOf(wave);
            MutableNode onFailure = failed;
            if (!compensation.isEmpty()) {
                onFailure = mutNode("compensate-" + wave).add(Label.of("Compensate: " + compensation), Color.rgb("FFD8A8").fill(),
                        Color.rgb("C77B30"));
                onFailure.addLink(to(failed).with(Label.of("then")));
                graph.add(onFailure);
            }
            for (int index : plan.waves().get(wave)) {
                SagaPlan.Step step = plan.steps().get(index);
                MutableNode node = mutNode("step-" + index).add(Label.of(SagaStateMachine.stepName(step) + "\n" + step.timeoutMillis() + " ms, "
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
}
