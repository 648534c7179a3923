package sagas.runtime;

import java.util.Map;

/** Sends a step's command, or its compensation, to the service that does it; returns what the service answered. */
@FunctionalInterface
public interface StepHandler {
    Map<String, Object> handle(StepRequest request) throws Exception;
}
