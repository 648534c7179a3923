package org.eventstorm.model.saga;

import java.util.ArrayList;
import java.util.List;

/**
 * A saga as a state machine: from the start through each wave of steps to completed; from each wave's failure to the
 * compensation of what completed before it, then to failed. Written here in the feature spec's ASCII form (the saga
 * panel shows it, the state-machine export writes it and draws it).
 */
public record SagaStateMachine(SagaPlan plan) {

    /**
     * The feature spec's form, to its spacing: each row a wave, and beside it what a failure there compensates. The
     * title is underlined one past its end; the arrows beside the later rows stand one past the first row's end, two
     * spaces after a row that reaches that far.
     */
    public String ascii() {
        String title = plan.name() + " State Machine";
        StringBuilder out = new StringBuilder(title).append('\n').append("=".repeat(title.length() + 1)).append("\n\n");
        List<String> rows = new ArrayList<>();
        plan.waves().forEach(wave -> rows.add(String.join(" \u2016 ", wave.stream().map(index -> stepName(plan.steps().get(index))).toList())));
        if (rows.isEmpty()) {
            return out.append("[Start] \u2192 [Completed]\n").toString();
        }
        int width = rows.get(0).length() + 1;
        out.append("[Start] \u2192 ").append(rows.get(0));
        String first = compensationOf(0);
        out.append(first.isEmpty() ? "" : "  \u2192 [Compensate: " + first + "] \u2192 [Failed]").append('\n');
        for (int wave = 1; wave < rows.size(); wave++) {
            out.append("           \u2193 Success  \u2193 Failure\n");
            out.append("           \u2193          \u2193\n");
            String compensation = compensationOf(wave);
            out.append("    ").append(pad(rows.get(wave), width)).append("\u2192 ").append(
                    compensation.isEmpty() ? "" : "[Compensate: " + compensation + "] \u2192 ").append("[Failed]\n");
        }
        out.append("           \u2193 Success\n");
        out.append("           \u2193\n");
        out.append("       [Completed]\n");
        return out.toString();
    }

    /**
     * What a failure in {@code wave} undoes: the compensations of the steps completed by then, in the order they run;
     * a single one by its full name, several by their first words ("Refund + Release"), as the feature spec writes
     * them. In a wave of parallel steps, the others may have completed when one fails: they are undone too.
     */
    public String compensationOf(int wave) {
        List<SagaPlan.Step> completed = new ArrayList<>();
        for (int earlier = 0; earlier <= wave; earlier++) {
            List<Integer> steps = plan.waves().get(earlier);
            if (earlier < wave || steps.size() > 1) {
                steps.forEach(index -> completed.add(plan.steps().get(index)));
            }
        }
        List<String> names = plan.undoOrder(completed).stream().map(step -> SagaNames.words(step.compensation())).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(" + ", names.stream().map(name -> name.split(" ")[0]).toList());
    }

    /** A step as the machine names it: its command's words ("Reserve Inventory"). */
    public static String stepName(SagaPlan.Step step) {
        return SagaNames.words(step.command());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(2, width - text.length()));
    }
}
