package sagas.runtime;

import java.util.Map;

/**
 * What a step's handler is given: the run, the step, a key that is the same every time this step of this run is tried
 * (so the service can ignore a repeat), the trigger event and what the completed steps returned.
 */
public record StepRequest(String sagaId, String step, String idempotencyKey, Map<String, Object> event,
        Map<String, Map<String, Object>> outputs) {
}
