package org.eventstorm.exporters.saga;

import java.util.ArrayList;
import java.util.List;

/** What the generated code says of a service method: which step sends it, or which step's work it undoes. */
final class SagaCodeDocs {
    private SagaCodeDocs() {
    }

    /** "Step reserve-inventory sends ReserveInventory." or "Undoes step reserve-inventory: ReleaseInventory." */
    static String of(SagaPlan plan, SagaPlan.Method method) {
        List<String> sends = new ArrayList<>();
        List<String> undoes = new ArrayList<>();
        for (SagaPlan.Step step : plan.steps()) {
            if (step.command() == method) {
                sends.add(step.id());
            }
            if (step.compensation() == method) {
                undoes.add(step.id());
            }
        }
        List<String> parts = new ArrayList<>();
        if (!sends.isEmpty()) {
            parts.add((sends.size() == 1 ? "Step " : "Steps ") + String.join(", ", sends) + " send" + (sends.size() == 1 ? "s " : " ") + method.written() + ".");
        }
        if (!undoes.isEmpty()) {
            parts.add("Undoes step" + (undoes.size() == 1 ? " " : "s ") + String.join(", ", undoes) + ": " + method.written() + ".");
        }
        return String.join(" ", parts);
    }
}
