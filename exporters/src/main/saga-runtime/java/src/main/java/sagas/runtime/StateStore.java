package sagas.runtime;

import java.util.Optional;

/** Where the saga keeps its runs, so an interrupted run resumes and a repeated event is recognised. */
public interface StateStore {
    Optional<SagaState> load(String sagaId);

    void save(SagaState state);
}
