package sagas.runtime;

import java.util.List;

/** How a run ended. */
public record Result(String sagaId, Status status, List<String> errors) {
    public Result {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return status == Status.COMPLETED;
    }
}
