package org.eventstorm.exporters.saga;

import java.util.ArrayList;
import java.util.List;
import org.eventstorm.model.saga.SagaPlan;

/** What the generated code says of a saga and of its service methods, the same in every language (unescaped). */
final class SagaCodeDocs {
    private SagaCodeDocs() {
    }

    /** "Step reserve-inventory sends ReserveInventory." or "Undoes step reserve-inventory: ReleaseInventory." */
    static String of(SagaPlan plan, SagaPlan.Service service, String method) {
        List<String> sends = new ArrayList<>();
        List<String> undoes = new ArrayList<>();
        for (SagaPlan.Step step : plan.steps()) {
            if (plan.serviceOf(step).equals(service) && step.command().equals(method)) {
                sends.add(step.id());
            }
            if (plan.serviceOf(step).equals(service) && method.equals(step.compensation())) {
                undoes.add(step.id());
            }
        }
        List<String> parts = new ArrayList<>();
        if (!sends.isEmpty()) {
            parts.add((sends.size() == 1 ? "Step " : "Steps ") + String.join(", ", sends) + " send" + (sends.size() == 1 ? "s " : " ") + method + ".");
        }
        if (!undoes.isEmpty()) {
            parts.add("Undoes step" + (undoes.size() == 1 ? " " : "s ") + String.join(", ", undoes) + ": " + method + ".");
        }
        return String.join(" ", parts);
    }

    /** "OrderFulfillmentSaga: Orchestrates ... ." */
    static String summary(SagaPlan plan) {
        String description = plan.description().strip();
        return plan.name() + (description.isEmpty() ? "." : ": " + description + (description.endsWith(".") ? "" : "."));
    }

    /** "Starts on OrderPlaced; when a step fails, the completed steps are compensated in reverse order." */
    static String startsOn(SagaPlan plan) {
        return "Starts on " + (plan.triggerEvent().isBlank() ? "its trigger event" : plan.triggerEvent())
                + "; when a step fails, the completed steps are compensated "
                + (plan.compensationOrder() == null ? "in reverse order" : "in the declared order") + ".";
    }

    /** "The run for an event: one per orderId, so the same event always finds the same run." */
    static String runs(SagaPlan plan) {
        return plan.idempotent() ? "The run for an event: one per " + String.join(", ", plan.runKeys())
                + ", so the same event always finds the same run." : "A new run for every event: the saga is not idempotent.";
    }
}
