package org.eventstorm.model.board;

import org.eventstorm.model.sticky.Retry;

/**
 * What a saga step derived from the board gets when its command names no timeout or retry: {@code saga_defaults}
 * in {@code board.yaml}.
 *
 * @param timeout as written ({@code 5s}); empty when not set
 */
public record SagaDefaults(String timeout, Retry retry) {
    public static final SagaDefaults NONE = new SagaDefaults("", Retry.EMPTY);

    public SagaDefaults {
        timeout = timeout == null ? "" : timeout.strip();
        retry = retry == null ? Retry.EMPTY : retry;
    }

    public boolean isEmpty() {
        return timeout.isEmpty() && retry.isEmpty();
    }
}
