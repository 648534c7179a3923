package sagas.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A state store in memory: for tests, and for sagas that need not outlive the process. */
public final class InMemoryStateStore implements StateStore {
    private final Map<String, SagaState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<SagaState> load(String sagaId) {
        return Optional.ofNullable(states.get(sagaId)).map(SagaState::copy);
    }

    @Override
    public void save(SagaState state) {
        states.put(state.sagaId(), state.copy());
    }
}
