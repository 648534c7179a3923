package org.eventstorm.exporters.saga;

import java.io.IOException;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.graphviz.GraphvizLayout;
import org.eventstorm.exporters.timeline.SvgRaster;
import org.eventstorm.model.saga.SagaPlan;
import org.eventstorm.model.saga.SagaStateMachine;

/** {@code state-machines/<saga>.txt}, {@code .svg} and {@code .png}: each saga as a state machine, in the feature spec's ASCII form and drawn. */
public final class StateMachineExporter implements Exporter {
    @Override
    public String id() {
        return "state-machine";
    }

    @Override
    public String title() {
        return "Saga state machines (text, SVG, PNG)";
    }

    @Override
    public void export(ExportInput input, TargetFolder target) throws IOException {
        for (SagaSource.Entry entry : SagaSource.of(input, target)) {
            SagaStateMachine machine = new SagaStateMachine(SagaPlan.of(entry.saga(), entry.id()));
            String stem = "state-machines/" + entry.id().stem();
            target.write(stem + ".txt", machine.ascii());
            String svg = GraphvizLayout.svg(StateMachineGraph.of(machine));
            target.write(stem + ".svg", svg);
            target.write(stem + ".png", SvgRaster.png(svg, entry.id().stem()));
        }
    }
}
